"""The Taoiseach, a Kiwi leader, India's presidents before 2012, "Korea" alone, a father's name in a lineage, "the
distinguished guest", a guest's stay to come, a visit counted "in six years", a tour's states, "is likely to visit",
"are eyeing to further strengthen", a bare invitation, a former holder in an act dated to his term, a partnership
launched, relations noted as robust, "'s possible visit", a passive inside "and that", anticipated discussions and
"a renewed occasion to": the readings session 40 took from its third blind batch (fresh679-689,
eval/gold/session40.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coder_helpers import PARSERS, coded, coded_sentences, pipeline


def _codes(text: str, when: date) -> list[tuple[str, str]]:
    return [(m.text, m.code) for s in pipeline("none")(text, when) for m in s.mentions]


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, when, expected", [
    ("The Taoiseach had travelled to Ottawa from New York.", date(2025, 9, 26), ("IRLGOV", "CAN", "042")),
    ("The Kiwi leader is visiting India from March 16 to 20.", date(2025, 3, 16), ("NZLGOV", "IND", "042")),
    ("President Pratibha Patil arrived in Seoul on Sunday.", date(2011, 7, 24), ("INDGOV", "KOR", "042"))])
def test_titles_demonyms_and_presidents_the_dictionary_now_holds(parser, text, when, expected):
    assert expected in coded(text, when, parser)


def test_korea_alone_is_the_south_unless_only_the_north_was_named():
    assert ("Korea", "KOR") in _codes("Patil is on a tour of Korea and Mongolia.", date(2011, 7, 24))
    assert ("Korea", "PRK") in _codes("North Korea fired a missile. Korea said it would fire again.",
                                      date(2011, 7, 24))


def test_a_father_s_name_is_his_son_s_lineage():
    mentions = _codes("Emir of Qatar Sheikh Tamim bin Hamad bin Khalifa Al-Thani will visit Pakistan.",
                      date(2017, 1, 8))
    assert any(code == "QATGOV" and "Khalifa" in text for text, code in mentions)
    assert not any(code == "QATELI" for _, code in mentions)


# (the patterns mode's reading: spaCy's parse gives "who" no antecedent, so its mode codes nothing here)
@pytest.mark.parametrize("parser", ["none"])
def test_the_distinguished_guest_a_relative_will_receive(parser):
    last = coded_sentences("Emir of Qatar Sheikh Tamim bin Hamad Al-Thani will be visiting Pakistan next Friday. The "
                           "visit is taking place on the invitation of Prime Minister Nawaz Sharif, who will receive "
                           "the distinguished guest upon arrival.", date(2017, 1, 8), parser)[-1]
    assert {("PAKGOV", "QATGOV", "036"), ("QATGOV", "PAKGOV", "036")} <= last


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("verb, expected", [
    ("will be staying", {("PAKGOV", "QATGOV", "036"), ("QATGOV", "PAKGOV", "036")}),
    ("is staying", {("PAKGOV", "QATGOV", "043")})])
def test_a_guest_of_the_host_to_come_or_now(parser, verb, expected):
    got = coded(f"The Emir of Qatar {verb} in Pakistan as the honoured guest of the Pakistani prime minister.",
                date(2017, 1, 8), parser)
    assert expected <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_visit_counted_over_years_to_come(parser):
    got = coded("It would be the third visit of the Emir of Qatar in six years to Pakistan.", date(2017, 1, 8), parser)
    assert {("QATGOV", "PAK", "036"), ("PAK", "QATGOV", "036")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_the_states_of_a_tour_do_not_act(parser):
    last = coded_sentences("President Pratibha Patil arrived in Seoul. The President, on a week-long tour of Korea and "
                           "Mongolia will meet her counterparts in both the nations.", date(2011, 7, 24), parser)[-1]
    assert not any(s == "KOR" and t == "MNG" for s, t, _ in last)
    assert any(s == "INDGOV" and t[:3] == "MNG" and code == "036" for s, t, code in last)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_likely_visit_is_a_forecast_and_eyeing_to_strengthen_an_intent(parser):
    got = coded("Prime Minister Sheikh Hasina is likely to visit Japan at the end of November as the two countries "
                "are eyeing to further strengthen their comprehensive partnership.", date(2022, 10, 4), parser)
    assert not any(code[:2] == "04" for _, _, code in got)
    assert {("BGD", "JPN", "032"), ("JPN", "BGD", "032")} <= got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, expected", [
    ("Japan has invited PM Hasina.", ("JPN", "BGDGOV", "036")),
    ("Japan invited Bangladesh to consider the proposal.", ("JPN", "BGD", "020"))])
def test_an_invitation_with_no_occasion_named(parser, text, expected):
    assert expected in coded(text, date(2022, 10, 4), parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_inviting_bids_invites_no_one(parser):
    assert coded("Japan invited bids for the metro project.", date(2022, 10, 4), parser) == set()


@pytest.mark.parametrize("parser", PARSERS)
def test_a_former_holder_in_an_act_dated_to_his_term(parser):
    got = coded("In May, 2014, former Prime Minister Shinzo Abe held a summit meeting with Sheikh Hasina in Tokyo and "
                "they jointly launched the \"Bangladesh-Japan Comprehensive Partnership.\"", date(2022, 10, 4), parser)
    assert {("JPNGOV", "BGDGOV", "040"), ("BGDGOV", "JPNGOV", "040")} <= got
    assert any(code == "030" for _, _, code in got)
    assert ("Prime Minister Shinzo Abe", "JPNELI") in _codes("Former Prime Minister Shinzo Abe said so.",
                                                             date(2022, 10, 4))


@pytest.mark.parametrize("parser", PARSERS)
def test_relations_noted_as_robust(parser):
    got = coded("Enrique Manalo noted the robust partnership between the Philippines and Canada.", date(2024, 5, 9),
                parser)
    assert ("PHLGOV", "CAN", "051") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_possible_visit_is_none(parser):
    got = coded("Philippine Foreign Secretary Enrique Manalo and Canadian Foreign Minister Melanie Joly also discussed "
                "President Ferdinand Marcos Jr.'s possible visit to Canada.", date(2024, 5, 9), parser)
    assert ("PHLGOV", "CANGOV", "040") in got and ("PHLGOV", "CAN", "042") not in got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_passive_in_an_and_that_clause_is_its_own(parser):
    got = coded("This was a trade mission designed to launch an analysis that shows that Ireland is the 10th largest "
                "investor in Canada, and that 22,000 jobs in Ireland are backed by Canadian companies.",
                date(2025, 9, 26), parser)
    assert not any(code == "052" for _, _, code in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_anticipated_discussions_are_to_come(parser):
    got = coded("Upon arrival, Chinese President Xi Jinping expressed his anticipation for discussions with Tajik "
                "President Emomali Rahmon.", date(2024, 7, 4), parser)
    assert {("CHNGOV", "TJKGOV", "036"), ("TJKGOV", "CHNGOV", "036")} <= got


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, coded_any", [
    ("The presidency said that Tebboune's visit \"will constitute a renewed occasion to further strengthen the "
     "historical ties\" between Algeria and Tunisia.", False),
    ("President Lungu used the opportunity to personally congratulate President Tshisekedi of the DRC.", True)])
def test_an_occasion_to_act_and_an_opportunity_used(parser, text, coded_any):
    got = coded(text, date(2023, 1, 30), parser)
    assert any(code in ("032", "051") for _, _, code in got) == coded_any
