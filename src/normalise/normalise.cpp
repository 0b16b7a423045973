// Folding text for matching, with ICU, while recording every edit.
//
// Step 1 is ICU's NFKC_Casefold on UTF-8 (Normalizer2::normalizeUTF8 with icu::Edits): it
// composes decomposed diacritics, lowercases, replaces ligature code points (U+FB01 "ﬁ")
// and compatibility forms, and drops default-ignorable characters such as the soft hyphen.
// Step 2 removes diacritics from Latin letters (ë -> e, ö -> o), because Dutch text in the
// wild drops them as often as it writes them (coordinatie, ideeen). It only looks at
// precomposed letters, which step 1 guarantees. Both steps report their edits; ICU merges
// them (Edits::mergeAndAppend) and the result becomes the OffsetMap.

#include "normalise/normalise.hpp"

#include "normalise/dehyphenate.hpp"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

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

std::string remove_diacritics(std::string_view text, icu::Edits& edits) {
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
        const char32_t base = latin_base_letter(c);
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
    if (options.fold_diacritics) {
        folded = remove_diacritics(folded, diacritic_edits);
    } else {
        diacritic_edits.addUnchanged(static_cast<int32_t>(folded.size()));
    }
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

}  // namespace

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
        const std::string block_text = dehyphenate(document.blocks[i].text);
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

std::string fold_for_matching(std::string_view text, const NormaliseOptions& options) {
    return fold(text, options, nullptr);
}

}  // namespace galascan
