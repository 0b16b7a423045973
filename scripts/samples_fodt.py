#!/usr/bin/env python3
"""Turns samples/src/*.txt (format: samples/src/FORMAT.md) into PDFs via Flat ODT + LibreOffice.

Python 3 standard library only; scripts/make-samples checks the tools and then runs this.
The PDFs should look like what Dutch municipalities export from Word/LibreOffice: A4, justified
nl-NL text with real hyphenation, a title page, running header and footer, a table of contents
with dot leaders, real headings (PDF bookmarks too), lists and tables.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from string import Template
from xml.sax.saxutils import escape

# font: key -> (generic family, body size), sizes as a municipal template would pick them
FONTS = {"Carlito": ("swiss", "11pt"), "Liberation Sans": ("swiss", "10pt"),
         "Liberation Serif": ("roman", "11pt"), "DejaVu Sans": ("swiss", "9.5pt")}
DEFAULTS = {"title": "", "subtitle": "", "header": "", "footer": "pagina", "columns": "1",
            "toc": "no", "font": "Liberation Sans", "ligatures": "no", "decomposed": "no"}
CHOICES = {"footer": {"pagina", "dash", "number", "none"}, "columns": {"1", "2"},
           "toc": {"yes", "no"}, "font": set(FONTS), "ligatures": {"yes", "no"},
           "decomposed": {"yes", "no"}}
TOC_LEVELS = 3  # heading levels listed in the table of contents, as in Word's default


class SourceError(Exception):
    pass


# ------------------------------------------------------------------ reading the source format

HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
BULLET = re.compile(r"^[-•]\s+(.*)$")
NUMBERED = re.compile(r"^\d{1,2}[.)]\s+(.*)$")  # 1-2 digits: "2025. Daarna" stays text
TABLE_RULE = re.compile(r"^\|[\s|:-]*\|$")  # a markdown-style `|---|---|` line: ignored


def parse(path):
    """Returns (meta, blocks); a block is ('h', level, text), ('p', text), ('ul' or 'ol',
    [item texts]), ('table', [[cells]]) or ('break',)."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    if "---" not in [l.strip() for l in lines]:
        raise SourceError(f"{path}: no '---' line after the header block")
    meta = dict(DEFAULTS)
    while (line := lines.pop(0)).strip() != "---":
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        if line.strip() and (not sep or key not in DEFAULTS):
            raise SourceError(f"{path}: unknown header line {line!r}")
        if line.strip():
            meta[key] = value.strip()
    for key, allowed in CHOICES.items():
        if meta[key] not in allowed:
            raise SourceError(f"{path}: {key}: {meta[key]!r} is not one of {sorted(allowed)}")
    if not meta["title"]:
        raise SourceError(f"{path}: title: is required")

    blocks, open_lines = [], None  # open_lines: lines of the paragraph or list item being read
    for line in (l.strip() for l in lines):
        heading, item = HEADING.match(line), BULLET.match(line) or NUMBERED.match(line)
        if not line:
            open_lines = None
        elif heading:
            blocks.append(("h", min(len(heading.group(1)), 3), heading.group(2).strip()))
            open_lines = None
        elif line == "[pagebreak]":
            blocks.append(("break",))
            open_lines = None
        elif len(line) > 1 and line[0] == line[-1] == "|":
            if blocks[-1:] == [] or blocks[-1][0] != "table" or open_lines is not None:
                blocks.append(("table", []))
            if not TABLE_RULE.match(line):
                blocks[-1][1].append([c.strip() for c in line[1:-1].split("|")])
            open_lines = None
        elif item:
            kind = "ul" if BULLET.match(line) else "ol"
            if blocks[-1:] == [] or blocks[-1][0] != kind or open_lines is None:
                blocks.append((kind, []))
            open_lines = [item.group(1)]
            blocks[-1][1].append(open_lines)
        elif open_lines is not None:  # continues the paragraph or list item
            open_lines.append(line)
        else:
            open_lines = [line]
            blocks.append(("p", open_lines))
    join = " ".join
    return meta, [("p", join(b[1])) if b[0] == "p" else
                  (b[0], [join(i) for i in b[1]]) if b[0] in ("ul", "ol") else b
                  for b in blocks if b[0] != "table" or b[1]]


# ------------------------------------------------------------------ writing the Flat ODT

# Named styles, as a tidy municipal Word/Writer template would have them. Body text is
# justified and hyphenated (language nl-NL; the patterns come from package hyphen-nl);
# headings are real outline headings, bigger and bold, never hyphenated. Table-of-contents
# lines have a right tab with a dot leader at the right margin (tab positions count from
# the paragraph indent, LibreOffice's default for ODF documents; text width is 16 cm).
STYLES = Template("""\
<office:font-face-decls><style:font-face style:name="Body" svg:font-family="'$font'"
 style:font-family-generic="$generic" style:font-pitch="variable"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties style:writing-mode="lr-tb"/>
 <style:text-properties style:font-name="Body" fo:font-size="$size" fo:language="nl" fo:country="NL"
 style:font-name-complex="Body" fo:hyphenate="false"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph"
 style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="justify"
 style:justify-single-word="false" fo:margin-top="0cm" fo:margin-bottom="0.21cm" fo:line-height="115%"
 fo:orphans="2" fo:widows="2" fo:hyphenation-ladder-count="no-limit"/><style:text-properties
 fo:hyphenate="true" fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2"/></style:style>
<style:style style:name="List_20_Paragraph" style:display-name="List Paragraph" style:family="paragraph"
 style:parent-style-name="Text_20_body"><style:paragraph-properties fo:margin-bottom="0.1cm"/></style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">
 <style:paragraph-properties fo:margin-top="7cm" fo:margin-bottom="0.6cm"/>
 <style:text-properties fo:font-size="28pt" fo:font-weight="bold" fo:color="#1f3864"/></style:style>
<style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Standard">
 <style:text-properties fo:font-size="16pt" fo:color="#404040"/></style:style>
<style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard">
 <style:paragraph-properties fo:text-align="end" fo:padding-bottom="0.1cm"
 fo:border-bottom="0.5pt solid #808080"/><style:text-properties fo:font-size="8.5pt" fo:color="#595959"/></style:style>
<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard">
 <style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="9pt"/></style:style>
<style:style style:name="Footer_20_Center" style:family="paragraph" style:parent-style-name="Footer">
 <style:paragraph-properties fo:text-align="center"/></style:style>
<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph"
 style:parent-style-name="Standard"><style:text-properties fo:font-size="9.5pt"/></style:style>
<style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph"
 style:parent-style-name="Table_20_Contents"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Contents_20_Heading" style:display-name="Contents Heading" style:family="paragraph"
 style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.4cm"/>
 <style:text-properties fo:font-size="16pt" fo:font-weight="bold" fo:color="#1f3864"/></style:style>
$headings
$contents
<text:outline-style style:name="Outline">$outline</text:outline-style>
<text:list-style style:name="Bullets"><text:list-level-style-bullet text:level="1" text:bullet-char="•">
 $label</text:list-level-style-bullet></text:list-style>
<text:list-style style:name="Numbering"><text:list-level-style-number text:level="1" style:num-suffix="."
 style:num-format="1">$label</text:list-level-style-number></text:list-style>
</office:styles>
""")
HEADING_STYLE = Template("""\
<style:style style:name="Heading_20_$n" style:display-name="Heading $n" style:family="paragraph"
 style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:default-outline-level="$n">
 <style:paragraph-properties fo:margin-top="$above" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
 <style:text-properties fo:font-size="$size" fo:font-weight="bold" fo:color="#1f3864"/></style:style>""")
CONTENTS_STYLE = Template("""\
<style:style style:name="Contents_20_$n" style:display-name="Contents $n" style:family="paragraph"
 style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="${indent}cm"
 fo:margin-bottom="0.12cm"><style:tab-stops><style:tab-stop style:position="${tab}cm" style:type="right"
 style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties>
 <style:text-properties fo:font-weight="$weight"/></style:style>""")
LIST_LABEL = """<style:list-level-properties text:list-level-position-and-space-mode=\
"label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab"
 text:list-tab-stop-position="0.63cm" fo:text-indent="-0.63cm" fo:margin-left="0.63cm"/>
 </style:list-level-properties>"""

# Automatic styles. The title page has its own page style without header and footer; its
# next style is Standard, so every plain page break after it (fo:break-before="page", the
# PB_* variants) lands on a Standard page, which has the running header and the footer.
PAGE = ('fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" '
        'fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"')
BREAKABLE = ["Text_20_body", "List_20_Paragraph", "Contents_20_Heading"] + [
    f"Heading_20_{n}" for n in (1, 2, 3)]
AUTOMATIC = f"""<office:automatic-styles>
<style:page-layout style:name="pmTitle"><style:page-layout-properties {PAGE}/></style:page-layout>
<style:page-layout style:name="pmBody"><style:page-layout-properties {PAGE}/>
 <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.6cm"/></style:header-style>
 <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.6cm"/></style:footer-style>
</style:page-layout>
<style:style style:name="P_Title" style:family="paragraph" style:parent-style-name="Title"
 style:master-page-name="Title_20_Page"/>
{"".join(f'''<style:style style:name="PB_{s}" style:family="paragraph" style:parent-style-name="{s}">
 <style:paragraph-properties fo:break-before="page"/></style:style>''' for s in BREAKABLE)}
<style:style style:name="Table" style:family="table"><style:table-properties style:width="16cm"
 table:align="margins" fo:margin-top="0.1cm" fo:margin-bottom="0.35cm"/></style:style>
<style:style style:name="PB_Table" style:family="table"><style:table-properties style:width="16cm"
 table:align="margins" fo:margin-top="0.1cm" fo:margin-bottom="0.35cm" fo:break-before="page"/></style:style>
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties
 fo:padding="0.1cm" fo:border="0.5pt solid #7f7f7f"/></style:style>
<style:style style:name="HeadCell" style:family="table-cell"><style:table-cell-properties
 fo:padding="0.1cm" fo:border="0.5pt solid #7f7f7f" fo:background-color="#d9e2f3"/></style:style>
<style:style style:name="Columns" style:family="section"><style:section-properties>
 <style:columns fo:column-count="2" fo:column-gap="0.8cm"/></style:section-properties></style:style>
</office:automatic-styles>
"""
PAGE_NUMBER = '<text:page-number text:select-page="current">1</text:page-number>'
FOOTERS = {"pagina": ("Footer", f"Pagina {PAGE_NUMBER} van <text:page-count>1</text:page-count>"),
           "dash": ("Footer_20_Center", f"- {PAGE_NUMBER} -"),
           "number": ("Footer_20_Center", PAGE_NUMBER), "none": None}
NAMESPACES = " ".join(f'xmlns:{p}="urn:oasis:names:tc:opendocument:xmlns:{u}"' for p, u in [
    ("office", "office:1.0"), ("style", "style:1.0"), ("text", "text:1.0"), ("table", "table:1.0"),
    ("fo", "xsl-fo-compatible:1.0"), ("svg", "svg-compatible:1.0"), ("meta", "meta:1.0")])


def make_text(meta):
    """The function that turns source text into ODF text, with the exporter quirks asked for."""
    def text(s):
        if meta["ligatures"] == "yes":
            s = s.replace("fi", "\ufb01").replace("fl", "\ufb02")
        s = unicodedata.normalize("NFD" if meta["decomposed"] == "yes" else "NFC", s)
        # ODF collapses runs of spaces; keep them with text:s, as LibreOffice does.
        return re.sub(r"  +", lambda m: f' <text:s text:c="{len(m.group()) - 1}"/>', escape(s))
    return text


def render(meta, blocks, toc_pages):
    """The whole .fodt. toc_pages: the page of each heading listed in the table of contents,
    or None on the first pass (placeholders, to find out where the headings land)."""
    text = make_text(meta)
    out = [f'<text:p text:style-name="P_Title">{text(meta["title"])}</text:p>']
    if meta["subtitle"]:
        out.append(f'<text:p text:style-name="Subtitle">{text(meta["subtitle"])}</text:p>')
    brk = "PB_"  # style prefix for the next block: a page break before it ("" for none)

    if meta["toc"] == "yes":
        # A real index element. LibreOffice shows the entries stored in text:index-body as they
        # are (headless conversion never refreshes an index), so they are computed here.
        heads = [(b[1], b[2]) for b in blocks if b[0] == "h" and b[1] <= TOC_LEVELS]
        pages = toc_pages or ["99"] * len(heads)
        out.append('<text:table-of-content text:name="Inhoudsopgave" text:protected="true">'
                   f'<text:table-of-content-source text:outline-level="{TOC_LEVELS}">'
                   '<text:index-title-template text:style-name="Contents_20_Heading">Inhoudsopgave'
                   '</text:index-title-template>' + "".join(
                       f'<text:table-of-content-entry-template text:outline-level="{n}" '
                       f'text:style-name="Contents_20_{n}"><text:index-entry-text/>'
                       '<text:index-entry-tab-stop style:type="right" style:leader-char="."/>'
                       '<text:index-entry-page-number/></text:table-of-content-entry-template>'
                       for n in range(1, TOC_LEVELS + 1)) +
                   '</text:table-of-content-source><text:index-body><text:index-title '
                   'text:name="Inhoudsopgave_Head"><text:p text:style-name="PB_Contents_20_Heading">'
                   'Inhoudsopgave</text:p></text:index-title>')
        out += [f'<text:p text:style-name="Contents_20_{n}">{text(h)}<text:tab/>{p}</text:p>'
                for (n, h), p in zip(heads, pages)]
        out.append("</text:index-body></text:table-of-content>")

    if meta["columns"] == "2":  # a section, so the title page and the contents stay 1 column
        out.append('<text:section text:style-name="Columns" text:name="Tekst">')
    for b in blocks:
        if b[0] == "h":
            out.append(f'<text:h text:style-name="{brk}Heading_20_{b[1]}" '
                       f'text:outline-level="{b[1]}">{text(b[2])}</text:h>')
        elif b[0] == "p":
            out.append(f'<text:p text:style-name="{brk}Text_20_body">{text(b[1])}</text:p>')
        elif b[0] in ("ul", "ol"):
            out.append(f'<text:list text:style-name="{"Bullets" if b[0] == "ul" else "Numbering"}">')
            for i, item in enumerate(b[1]):
                style = (brk if i == 0 else "") + "List_20_Paragraph"
                out.append(f'<text:list-item><text:p text:style-name="{style}">{text(item)}'
                           '</text:p></text:list-item>')
            out.append("</text:list>")
        elif b[0] == "table":
            ncols = max(len(r) for r in b[1])
            rows = [r + [""] * (ncols - len(r)) for r in b[1]]
            cells = lambda r, cell, para: "<table:table-row>" + "".join(
                f'<table:table-cell table:style-name="{cell}" office:value-type="string">'
                f'<text:p text:style-name="{para}">{text(c)}</text:p></table:table-cell>'
                for c in r) + "</table:table-row>"
            out.append(f'<table:table table:name="Tabel{len(out)}" table:style-name="{brk}Table">'
                       f'<table:table-column table:number-columns-repeated="{ncols}"/>'
                       f'<table:table-header-rows>{cells(rows[0], "HeadCell", "Table_20_Heading")}'
                       '</table:table-header-rows>' +
                       "".join(cells(r, "Cell", "Table_20_Contents") for r in rows[1:]) +
                       "</table:table>")
        brk = "PB_" if b[0] == "break" else ""
    if meta["columns"] == "2":
        out.append("</text:section>")

    generic, size = FONTS[meta["font"]]
    styles = STYLES.substitute(
        font=meta["font"], generic=generic, size=size, label=LIST_LABEL,
        headings="\n".join(HEADING_STYLE.substitute(n=n, size=s, above=a) for n, s, a in
                           [(1, "16pt", "0.6cm"), (2, "13pt", "0.45cm"), (3, "11.5pt", "0.35cm")]),
        contents="\n".join(CONTENTS_STYLE.substitute(
            n=n, indent=0.5 * (n - 1), tab=16 - 0.5 * (n - 1),
            weight="bold" if n == 1 else "normal") for n in range(1, TOC_LEVELS + 1)),
        # the headings carry their number in the text, so the outline itself is unnumbered
        outline="".join(f'<text:outline-level-style text:level="{n}" style:num-format=""/>'
                        for n in range(1, 11)))
    header = (f'<style:header><text:p text:style-name="Header">{text(meta["header"])}</text:p>'
              '</style:header>' if meta["header"] else "")
    footer = FOOTERS[meta["footer"]]
    footer = (f'<style:footer><text:p text:style-name="{footer[0]}">{footer[1]}</text:p>'
              '</style:footer>' if footer else "")
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document {NAMESPACES} xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{text(meta["title"])}</dc:title><dc:language>nl-NL</dc:language></office:meta>
{styles}{AUTOMATIC}<office:master-styles>
<style:master-page style:name="Title_20_Page" style:display-name="Title Page"
 style:page-layout-name="pmTitle" style:next-style-name="Standard"/>
<style:master-page style:name="Standard" style:page-layout-name="pmBody">{header}{footer}</style:master-page>
</office:master-styles>
<office:body><office:text>
{chr(10).join(out)}
</office:text></office:body></office:document>
'''


# ------------------------------------------------------------------ converting

def convert(fodts, outdir, profile):
    """One soffice run for several documents: starting LibreOffice is the slow part."""
    run = subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                          "--convert-to", "pdf", "--outdir", outdir] + fodts,
                         capture_output=True, text=True)
    for f in fodts:
        if run.returncode or not os.path.exists(f[:-5] + ".pdf"):
            sys.exit(f"make-samples: soffice failed on {f}:\n{run.stdout}{run.stderr}")


def heading_pages(pdf):
    """The page of every heading, in document order (pages count from the title page).
    LibreOffice exports the outline headings as PDF bookmarks; qpdf reports their pages,
    which is more reliable than searching the heading texts in pdftotext's output."""
    out = json.loads(subprocess.run(["qpdf", "--json", "--json-key=outlines", pdf],
                                    capture_output=True, text=True, check=True).stdout)
    walk = lambda items: [p for i in items for p in [i["destpageposfrom1"]] + walk(i["kids"])]
    return walk(out["outlines"])


def output_dir(src):
    """samples/src/concept-visie-ravenstede.txt -> samples/concept-visie-ravenstede.pdf; a source
    outside a src/ folder gets its PDF beside it."""
    folder = os.path.dirname(os.path.abspath(src))
    return os.path.dirname(folder) if os.path.basename(folder) == "src" else folder


def main(args):
    src_dir = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                           "samples", "src")
    sources = args or sorted(os.path.join(src_dir, f) for f in os.listdir(src_dir)
                             if f.endswith(".txt"))
    if not sources:
        sys.exit("make-samples: no samples/src/*.txt found")
    docs = {}
    for src in sources:
        if not src.endswith(".txt") or not os.path.isfile(src):
            sys.exit(f"make-samples: {src}: no such .txt source file")
        try:
            docs[src] = parse(src)
        except SourceError as e:
            sys.exit(f"make-samples: {e}")
    work = tempfile.mkdtemp(prefix="make-samples-")  # also holds a private LibreOffice profile
    try:
        # Documents with a table of contents go round again until the page numbers written
        # into it are the pages the headings land on (normally: twice).
        todo = {src: None for src in docs}  # source -> TOC page numbers written (None: none)
        for _ in range(4):
            fodts = {src: os.path.join(work, os.path.basename(src)[:-4] + ".fodt") for src in todo}
            for src, fodt in fodts.items():
                with open(fodt, "w", encoding="utf-8") as f:
                    f.write(render(*docs[src], todo[src]))
            convert(list(fodts.values()), work, os.path.join(work, "profile"))
            again = {}
            for src, fodt in fodts.items():
                meta, blocks = docs[src]
                pdf = fodt[:-5] + ".pdf"
                if meta["toc"] == "yes":
                    levels = [b[1] for b in blocks if b[0] == "h"]
                    found = heading_pages(pdf)
                    if len(found) != len(levels):
                        sys.exit(f"make-samples: {src}: {len(levels)} headings but "
                                 f"{len(found)} PDF bookmarks")
                    pages = [str(p) for p, n in zip(found, levels) if n <= TOC_LEVELS]
                    if pages != todo[src]:
                        again[src] = pages
                        continue
                dest = os.path.join(output_dir(src), os.path.basename(pdf))
                shutil.move(pdf, dest)
                print(f"make-samples: wrote {os.path.relpath(dest)}", file=sys.stderr)
            if not (todo := again):
                return
        sys.exit(f"make-samples: the table of contents never settled for {sorted(todo)}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
