"""validate.py SCHEMA FILE...: checks every JSON report and JSON Lines file against the JSON
Schema (draft 2020-12) with python3-jsonschema. A file whose first line is a whole JSON
object is read as JSON Lines (each line checked), else as one JSON document. Prints one line
per file and exits 1 when any does not validate."""
import json
import sys

import jsonschema


def documents(text):
    first = text.split("\n", 1)[0]
    try:
        json.loads(first)
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    except json.JSONDecodeError:
        return [json.loads(text)]


def main():
    with open(sys.argv[1], encoding="utf-8") as file:
        schema = json.load(file)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    failed = 0
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as file:
            items = documents(file.read())
        errors = [error for item in items for error in validator.iter_errors(item)]
        if errors:
            failed += 1
            best = jsonschema.exceptions.best_match(errors)
            # A deeper error says more than "not valid under any of the given schemas" of oneOf.
            deepest = max((e for error in errors for e in [error, *(error.context or [])]),
                          key=lambda e: len(e.absolute_path), default=best)
            message = deepest.message if len(deepest.message) < 200 else deepest.message[:200] + "..."
            print(f"{path}: INVALID at /{'/'.join(map(str, deepest.absolute_path))}: {message}")
        else:
            print(f"{path}: valid ({len(items)} JSON value{'s' if len(items) != 1 else ''})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
