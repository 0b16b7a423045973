// Folding text for matching, with ICU, while recording every edit.
//
// Step 1 is ICU's NFKC_Casefold on UTF-8 (Normalizer2::normalizeUTF8 with icu::Edits): it
// composes decomposed diacritics, lowercases, replaces ligature code points (U+FB01 "ﬁ")
// and compatibility forms, and drops default-ignorable characters such as the soft hyphen.
// Step 2 removes diacritics from Latin letters (ë -> e, ö -> o), because Dutch text in the
// wild drops them as often as it writes them (coordinatie, ideeen), and writes curly quotes
// and the dash family as ASCII. It only looks at precomposed letters, which step 1
// guarantees. Both steps report their edits; ICU merges
// them (Edits::mergeAndAppend) and the result becomes the OffsetMap.

#include "normalise/normalise.hpp"

#include "normalise/dehyphenate.hpp"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uversion.h>

#include <stdexcept>

#include <fmt/core.h>

namespace galascan {

namespace {

// ICU reports failure through UErrorCode; a failure here is a broken invariant (the input is
// valid UTF-8 by contract) or a missing ICU data file, so it surfaces as an exception that the
// batch turns into an error row.
void check(UErrorCode status, const char* what) {
    if (U_FAILURE(status)) {
        throw std::runtime_error(fmt::format("ICU {} failed: {}", what, u_errorName(status)));
    }
}

const icu::Normalizer2& nfkc_casefold() {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* normalizer = icu::Normalizer2::getNFKCCasefoldInstance(status);
    check(status, "NFKC_Casefold instance");
    return *normalizer;
}

const icu::Normalizer2& nfc() {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* normalizer = icu::Normalizer2::getNFCInstance(status);
    check(status, "NFC instance");
    return *normalizer;
}

const icu::Normalizer2& nfd() {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* normalizer = icu::Normalizer2::getNFDInstance(status);
    check(status, "NFD instance");
    return *normalizer;
}

// The base letter of a precomposed Latin letter with diacritics (é -> e), or 0 when the code
// point has none. Only Latin blocks: folding Greek or Cyrillic accents is not our business.
char32_t latin_base_letter(char32_t c) {
    if (c < 0xC0 || c > 0x24F) {
        return 0;
    }
    icu::UnicodeString decomposition;
    if (!nfd().getDecomposition(static_cast<UChar32>(c), decomposition) || decomposition.length() == 0) {
        return 0;
    }
    const UChar32 base = decomposition.char32At(0);
    return base < 0x80 ? static_cast<char32_t>(base) : 0;
}

// Typographic variants that Dutch text uses interchangeably, as their ASCII form: curly
// and low quotes, primes, and the dash family (hyphen, non-breaking hyphen, en and em dash,
// minus). "thema’s" is "thema's", "zorg‐ en welzijn" is "zorg- en welzijn".
char32_t plain_punctuation(char32_t c) {
    switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
        return U'\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
        return U'"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
        return U'-';
    default:
        return 0;
    }
}

// Step 2: diacritics off Latin letters, typographic punctuation to ASCII.
std::string fold_letters(std::string_view text, const NormaliseOptions& options, icu::Edits& edits) {
    std::string out;
    out.reserve(text.size());
    std::size_t offset = 0;
    std::size_t unchanged = 0;
    while (offset < text.size()) {
        const std::size_t start = offset;
        if (static_cast<unsigned char>(text[offset]) < 0x80) {
            out += text[offset++];
            ++unchanged;
            continue;
        }
        const char32_t c = decode_utf8(text, offset);
        const char32_t punctuation = plain_punctuation(c);
        const char32_t base = punctuation != 0 ? punctuation : options.fold_diacritics ? latin_base_letter(c) : 0;
        if (base == 0) {
            out.append(text.substr(start, offset - start));
            unchanged += offset - start;
            continue;
        }
        if (unchanged > 0) {
            edits.addUnchanged(static_cast<int32_t>(unchanged));
            unchanged = 0;
        }
        out += static_cast<char>(base);
        edits.addReplace(static_cast<int32_t>(offset - start), 1);
    }
    if (unchanged > 0) {
        edits.addUnchanged(static_cast<int32_t>(unchanged));
    }
    return out;
}

// Folds one piece of text; when `map` is given, appends the piece's edits to it.
std::string fold(std::string_view text, const NormaliseOptions& options, OffsetMap* map) {
    std::string folded;
    icu::StringByteSink<std::string> sink(&folded, static_cast<int32_t>(text.size()));
    icu::Edits case_edits;
    UErrorCode status = U_ZERO_ERROR;
    nfkc_casefold().normalizeUTF8(0, icu::StringPiece(text.data(), static_cast<int32_t>(text.size())), sink,
                                  map ? &case_edits : nullptr, status);
    check(status, "NFKC_Casefold");
    icu::Edits diacritic_edits;
    folded = fold_letters(folded, options, diacritic_edits);
    if (map == nullptr) {
        return folded;
    }
    icu::Edits merged;
    merged.mergeAndAppend(case_edits, diacritic_edits, status);
    check(status, "Edits::mergeAndAppend");
    icu::Edits::Iterator it = merged.getFineIterator();
    while (it.next(status)) {
        map->append(static_cast<std::size_t>(it.oldLength()), static_cast<std::size_t>(it.newLength()),
                    it.hasChange());
    }
    check(status, "Edits iteration");
    return folded;
}

// "ﬁnanciering" -> "financiering". U+FB00..U+FB06 are EF AC 80..86 in UTF-8; NFC leaves
// them, and NFKC would also change what a reader should see as printed (superscripts).
std::string spell_out_ligatures(std::string text) {
    static constexpr std::string_view ligatures[] = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};
    if (text.find("\xEF\xAC") == std::string::npos) {
        return text;  // the usual case
    }
    std::string spelt;
    spelt.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto third = i + 2 < text.size() ? static_cast<unsigned char>(text[i + 2]) : 0;
        if (text[i] == '\xEF' && text[i + 1] == '\xAC' && third >= 0x80 && third <= 0x86) {
            spelt += ligatures[third - 0x80];
            i += 2;
        } else {
            spelt += text[i];
        }
    }
    return spelt;
}

}  // namespace

std::string icu_version() {
    UVersionInfo running{};
    u_getVersion(running);  // the library loaded at run time, not the headers built against
    char text[U_MAX_VERSION_STRING_LENGTH] = {};
    u_versionToString(running, text);
    return text;
}

NormalisedDocument normalise(const LaidOutDocument& document, const NormaliseOptions& options) {
    NormalisedDocument normalised;
    // Blocks are separated by a blank line in both strings, so no phrase can match across
    // two blocks and the separators map one to one.
    static constexpr std::string_view separator = "\n\n";
    for (std::size_t i = 0; i < document.blocks.size(); ++i) {
        if (document.blocks[i].kind == BlockKind::running_header) {
            continue;  // a running title is never evidence of anything
        }
        if (!normalised.blocks.empty()) {
            normalised.source += separator;
            normalised.text += separator;
            normalised.to_source.append(separator.size(), separator.size(), false);
        }
        // Matching and evidence both read the words whole: "mantel-⏎zorg" is "mantelzorg".
        const std::string block_text = for_reading(document.blocks[i].text);
        NormalisedBlock block;
        block.block_index = i;
        block.source.begin = normalised.source.size();
        block.text.begin = normalised.text.size();
        normalised.source += block_text;
        normalised.text += fold(block_text, options, &normalised.to_source);
        block.source.end = normalised.source.size();
        block.text.end = normalised.text.size();
        normalised.blocks.push_back(block);
    }
    return normalised;
}

std::string for_reading(std::string_view block_text) {
    const std::string spelt = spell_out_ligatures(dehyphenate(block_text));
    UErrorCode status = U_ZERO_ERROR;
    const icu::StringPiece piece(spelt.data(), static_cast<int32_t>(spelt.size()));
    if (nfc().isNormalizedUTF8(piece, status) && U_SUCCESS(status)) {
        return spelt;
    }
    std::string composed;
    icu::StringByteSink<std::string> sink(&composed, static_cast<int32_t>(spelt.size()));
    status = U_ZERO_ERROR;
    nfc().normalizeUTF8(0, piece, sink, nullptr, status);
    check(status, "NFC");
    return composed;
}

std::string reading_text(std::string_view block_text) { return join_whitespace(for_reading(block_text)); }

std::string fold_for_matching(std::string_view text, const NormaliseOptions& options) {
    return fold(text, options, nullptr);
}

}  // namespace galascan
