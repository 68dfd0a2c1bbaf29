"""Figures that are no pair's because they are one country's trade with the world ("foreign trade", "total
exports", a whole a partner has a share of) or a group's taken together ("Across the GCC, ..."). The words come from
cues.tsv ("global", "pair_anaphor", "partner_anaphor").
"""
from __future__ import annotations

import re

from parsers.context import Article
from parsers.figures import Segment, has, names_institution
from parsers.frames import PARTNER, Party
from parsers.gazetteer import GROUP
from parsers.lexicon import cue_patterns


# a relative clause up to the figure: " which amounted to $"; the whole it describes stands just before it
WHICH_TO_FIGURE = re.compile(r" which\s+(?:[\w-]+\s+){1,3}(?:[^\w\s]\s*)?")
WHICH_REACH = 40
WHOLE_REACH = 32


# "to the Asian country", "from the South Asian nation", "with the Asian giant": a partner named by an epithet
PARTNER_EPITHET = re.compile(r"\b(?:(?:exports|sales|shipments)\s+(?:to|into)|imports\s+from|trade\s+with)\s+the\s+"
                             r"(?:[\w-]+\s+){1,2}?(?:country|nation|giant|economy|kingdom|republic)\b(?!\s+of\b)")


AGGREGATE_BEFORE = re.compile(r"\b(?:across|throughout)\s+(?:the\s+|all\s+(?:of\s+)?(?:the\s+)?)?$")
AGGREGATE_AFTER = re.compile(r"(?:\s+(?:as\s+a\s+whole|level)|-wide)\b")


def group_aggregate_before(article: Article, seg: Segment) -> bool:
    """"Across the GCC, ...", "At the EU level, ...", "EAEU-wide, ...": the sentence speaks of a group's trade taken
    together, before the figure's clause."""
    low = article.low
    return any(m.iso3 == GROUP and (AGGREGATE_BEFORE.search(low, max(0, m.start - 20), m.start) is not None
                                    or AGGREGATE_AFTER.match(low, m.end) is not None)
               for m in article.countries_in(seg.sentence[0], seg.start))


def global_cue(article: Article, start: int, end: int) -> bool:
    return bool(_global_cues(article, start, end))


def _global_cues(article: Article, start: int, end: int) -> list[re.Match[str]]:
    """The phrases for trade with the world in [start, end), but for those inside an institution's name ("the
    Minister of Internal and Foreign Trade said")."""
    return [m for m in cue_patterns()["global"].finditer(article.low, start, end)
            if not names_institution(article.low, m.start(), m.end())]


def whole_before_which(article: Article, seg: Segment) -> bool:
    """"accounted for 2.1 percent of Azerbaijan's overall foreign trade, which amounted to $38.7 billion": the
    figure of a relative clause measures the trade with the world just before it, whoever has a share of it."""
    low = article.low
    which = low.rfind(" which ", max(seg.sentence[0], seg.start - WHICH_REACH), seg.start)
    if which == -1 or not WHICH_TO_FIGURE.fullmatch(low, which, seg.start):
        return False
    named = article.countries_in(max(seg.sentence[0], which - WHOLE_REACH), which)
    if named and named[-1].iso3 == GROUP and WHICH_AFTER_NAME.fullmatch(low, named[-1].end, which):
        return True  # "China's trade with the five Central Asian countries, which reached $64.9 billion"
    cues = _global_cues(article, max(seg.sentence[0], which - WHOLE_REACH), which)
    return bool(cues) and not article.countries_in(cues[-1].end(), which)  # "foreign trade with Uganda, which"


# "Germany accounted for 27.6% of Poland's total exports of €352 billion", "took 27.6% of Polish exports, which
# totalled": the figure is the whole a partner has a share of
# ("40% of all its shipments worth $98 billion", "a third of all of its exports, which totalled", "three-quarters of")
SHARE_OF_WHOLE = re.compile(r"(?:\b[\d.,]+\s*(?:%|per\s?cent|percent)|\b(?:a|one)[\s-](?:third|quarter|fifth|half)|\bhalf"
                            r"|\b(?:two|three|four)[\s-](?:thirds|quarters|fifths))"
                            r"\s+of\s+(?:all\s+(?:of\s+)?)?(?:[\w'’-]+\s+){0,2}"
                            r"(?:total\s+|overall\s+)?(?:exports|imports|trade|foreign\s+trade|shipments|sales)\b"
                            r"[^.;$€£¥]{0,40}?(?:,\s*which\s+(?:[\w-]+\s+){1,3}|\s+of\s+|,?\s*worth\s+|"
                            r",?\s*(?:totall?ing|valued\s+at|amounting\s+to)\s+)"
                            r"(?:(?:about|around|some|nearly|over|almost)\s+)?$")


def share_of_whole(article: Article, seg: Segment) -> bool:
    return SHARE_OF_WHOLE.search(article.low, max(seg.sentence[0], seg.start - SHARE_REACH), seg.start) is not None


SHARE_REACH = 140
WHICH_AFTER_NAME = re.compile(r"(?:\s+(?:countries|states|nations|members|economies))?\s*,")


# "with SAR13.9 billion, or 21.4% of total imports": the world total a partner's share is of, not what the figure is
SHARE_DENOMINATOR_BEFORE = re.compile(r"[\d.,]+\s*(?:%|per\s?cent|percent)\s+of\s+"
                                      r"(?:the\s+|its\s+|their\s+|[\w'’-]+['’]s?\s+)?$")


def _share_denominator(low: str, cue_start: int) -> bool:
    return SHARE_DENOMINATOR_BEFORE.search(low, max(0, cue_start - 40), cue_start) is not None


def world_total(article: Article, seg: Segment, local: list[Party]) -> bool:
    """One country's trade with the world ("foreign trade", "total exports") unless a partner is named in
    the clause ("foreign trade with China")."""
    if not any(not _share_denominator(article.low, cue.start()) for cue in _global_cues(article, seg.left, seg.right)):
        return False
    if has(cue_patterns()["pair_anaphor"], article.low[seg.left:seg.right]) or \
            has(cue_patterns()["partner_anaphor"], article.low[seg.left:seg.right]) or \
            PARTNER_EPITHET.search(article.low, seg.left, seg.right):
        # "the total trade turnover between the countries", "the country's exports to its neighbour", "... to the
        # Asian country"
        return False
    # the text's own country named with a role ("exported goods from North Macedonia") is the owner, no partner
    return not any(p.role is not None and not p.reporter and (p.iso3 != article.hub or p.role == PARTNER)
                   for p in local)


# "Of the total, exports amounted to": a sentence that opens by taking a part of the figure just given
PART_OF_TOTAL_OPENER = re.compile(r"\W*of\s+(?:the|this|that)(?:\s+(?:total|amount|sum|figure|volume))?\s*,")
# "The figure represents an increase of 11.6 per cent over", "This is up from": one that opens on that figure itself
SAME_FIGURE_OPENER = re.compile(r"\W*(?:the\s+(?:figure|total|amount|sum)|this|that)\s+(?:is|was|represents|marks|"
                                r"marked|compares|compared)\b")


def part_of_world_total(article: Article, seg: Segment) -> bool:
    """"Foreign trade turnover reached $18.4 billion. Of the total, exports amounted to $11.6 billion": a part of
    the whole the sentence before gave as one country's trade with the world, when the part names no partner; so is
    the earlier value that whole is set beside ("The figure represents an increase of 11.6 per cent over the N31.16
    trillion recorded in the preceding quarter")."""
    opens = PART_OF_TOTAL_OPENER.match(article.low, seg.sentence[0]) or SAME_FIGURE_OPENER.match(article.low,
                                                                                                seg.sentence[0])
    if not opens or any(
            m.iso3 not in (article.hub, GROUP) for m in article.countries_in(seg.sentence[0], seg.sentence[1])):
        return False  # "Of that, $600 million went to Uganda": the partner's part
    number = article.sentence_at(seg.sentence[0])
    if number == 0:
        return False
    start, end = article.sentences[number - 1]
    named = {m.iso3 for m in article.countries_in(start, end) if m.iso3 != GROUP}
    return len(named) < 2 and global_cue(article, start, end)


# "Dubai alone accounted for Dh110 billion of that", "The Busia crossing handled $700 million of the total"
PART_OF_FIGURE_AFTER = re.compile(r"\s+(?:out\s+)?of\s+(?:that|this|it|(?:the|this|that)\s+"
                                  r"(?:total|amount|sum|figure))\b")


def part_without_partner(article: Article, seg: Segment) -> bool:
    """A part of the figure just given that names neither a partner nor a measure of its own ("Of that, $12
    billion came from the north", "Dubai alone accounted for Dh110 billion of that"): a port's, a region's or a
    product's share of the pair's trade, no fact of the pair. ("Of the total, exports amounted to" measures a
    flow, and "Of that, $600 million went to Uganda" names a partner: those are facts.)"""
    if PART_OF_FIGURE_AFTER.match(article.low, seg.end) is None \
            and PART_OF_TOTAL_OPENER.match(article.low, seg.sentence[0]) is None:
        return False
    return not any(m.iso3 != GROUP for m in article.countries_in(seg.sentence[0], seg.sentence[1]))
