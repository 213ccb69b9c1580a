"""Accented place names, states cut short in a pair, guessed attackers, weapons nobody owns, civil bodies set up
jointly, artillery, wars measured by how long they lasted, the head of state, speeches at summits, signings named by
a noun or signed by two agents, a stance that condemns, assaults, and conditional warnings: the readings session 27
took from its blind sets (fresh345-356, eval/gold/session27.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.coding.actors import bundled
from dyadwatch.coding.text import tokenize
from tests.coder_helpers import PARSERS, coded, coded_sentences

WHEN = date(2024, 11, 28)


@pytest.mark.parametrize("text, code", [
    ("The minister arrived in Chișinău on Thursday.", "MDA"),
    ("Talks were held in Asunción.", "PRY"),
    ("The delegation flew to Bogotá.", "COL"),
])
def test_an_accented_place_is_the_dictionarys_plain_spelling(text, code):
    assert code in {m.code for m in bundled().find(tokenize(text), WHEN)}


def test_folding_keeps_offsets_and_text():
    t = tokenize("Chișinău")[0]
    assert (t.text, t.lower, t.start, t.end) == ("Chișinău", "chisinau", 0, len("Chișinău"))


@pytest.mark.parametrize("parser", PARSERS)
def test_a_romanian_visit_to_chisinau_is_coded(parser):
    got = coded("Romanian Prime Minister, Nicolae Ciucă, will arrive in Chișinău on Thursday.", date(2023, 3, 22),
                parser)
    assert ("ROUGOV", "MDA", "036") in got


def test_a_prime_minister_named_is_of_his_own_state():
    found = bundled().find(tokenize("He will meet Prime Minister Dorin Recean."), date(2023, 3, 22))
    assert [m.code for m in found] == ["MDAGOV"]


@pytest.mark.parametrize("text, codes", [
    ("North and South Korea held talks.", ["PRK", "KOR"]),
    ("North and South Sudan signed a deal.", ["SSD"]),  # no state is called North Sudan
])
def test_a_state_cut_short_to_its_compass_word(text, codes):
    found = bundled().find(tokenize(text), WHEN)
    assert [m.code for m in found] == codes


def test_a_compass_word_alone_is_no_state():
    assert [m.code for m in bundled().find(tokenize("North Korea and the South held talks."), WHEN)] == ["PRK"]


@pytest.mark.parametrize("parser", PARSERS)
def test_a_guessed_attacker_is_no_party(parser):
    got = coded("An unknown aircraft, possibly Russian or Tajik, carried out an air strike in Afghanistan, killing "
                "eight Taliban.", date(2018, 8, 27), parser)
    assert not any(s in ("RUS", "TJK") for s, _, _ in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_an_attacker_named_without_a_hedge_still_attacks(parser):
    assert ("RUS", "UKR", "190") in coded("Russia possibly attacked Ukraine.", WHEN, parser)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text", [
    "The Taliban said an aircraft bombed a village in Tajikistan.",
    "Zabihullah Mujahid, a Taliban spokesman, confirmed the attack, saying that an aircraft bombed a forested area "
    "near Tajikistan.",
])
def test_a_weapon_nobody_owns_is_the_reported_clauses_subject(parser, text):
    assert not coded(text, date(2018, 8, 27), parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_the_speakers_own_weapon_is_the_speakers_act(parser):
    assert ("UKR", "RUS", "190") in coded("Ukraine said its drones struck Russia.", WHEN, parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_joint_working_group_is_no_military_operation(parser):
    got = coded("Poland and Ukraine will launch a joint working group under the auspices of the ministries of "
                "culture.", WHEN, parser)
    assert not any(c in ("062", "0312") for _, _, c in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_joint_drills_are_still_military_cooperation(parser):
    assert ("RUS", "CHN", "062") in coded("Russia and China held joint naval drills.", WHEN, parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_artillery_fire_is_194(parser):
    got = coded("Israel says its forces fired artillery and carried out airstrikes against targets in southern "
                "Lebanon.", WHEN, parser)
    assert {("ISRMIL", "LBN", "194"), ("ISRMIL", "LBN", "195")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_firing_at_people_is_still_small_arms(parser):
    assert ("THAMIL", "KHMMIL", "193") in coded("Thai troops fired at Cambodian soldiers.", WHEN, parser)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text", [
    "A ceasefire was brokered after more than a year of war between Israel and Hezbollah.",
    "The truce ends 14 months of conflict between Israel and Hezbollah.",
])
def test_a_war_measured_by_its_length_is_the_setting(parser, text):
    assert not any(c[:2] == "19" for _, _, c in coded(text, WHEN, parser))


@pytest.mark.parametrize("parser", PARSERS)
def test_a_war_between_two_states_is_still_coded(parser):
    got = coded("The war between Armenia and Azerbaijan killed thousands.", WHEN, parser)
    assert ("ARM", "AZE", "190") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_the_head_of_state_is_the_one_head_of_state_named(parser):
    text = ("The partnership is growing, said President of Azerbaijan Ilham Aliyev as he addressed a summit. "
            "Sincerely congratulating the leadership of Uzbekistan on the accomplishments, the head of state said "
            "the visit was a success.")
    assert ("AZEGOV", "UZBGOV", "051") in coded_sentences(text, date(2023, 11, 9), parser)[1]


@pytest.mark.parametrize("parser", PARSERS)
def test_the_head_of_state_of_two_named_presidents_is_nobody(parser):
    text = ("President Ilham Aliyev met President Shavkat Mirziyoyev. Congratulating the people of Kazakhstan, "
            "the head of state said the visit was a success.")
    assert not any(s in ("AZEGOV", "UZBGOV") for s, _, _ in coded_sentences(text, date(2023, 11, 9), parser)[1])


@pytest.mark.parametrize("parser", PARSERS)
def test_a_speech_at_a_summit_abroad_is_a_visit(parser):
    got = coded("President Ilham Aliyev addressed the 16th Summit of the Economic Cooperation Organization in "
                "Tashkent.", date(2023, 11, 9), parser)
    assert ("AZEGOV", "UZB", "042") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_speech_by_video_names_no_place(parser):
    assert not coded("Aliyev addressed the summit via video link.", date(2023, 11, 9), parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_signing_named_by_its_noun_is_between_its_parties(parser):
    got = coded("On January 14, the signing of the Strategic Partnership Charter between the Republic of Armenia and "
                "the United States of America took place in Washington.", date(2025, 1, 15), parser)
    assert {("ARM", "USA", "057"), ("USA", "ARM", "057")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_document_signed_by_two_agents_each_after_by(parser):
    got = coded("On behalf of the Republic of Armenia, the document was signed by Minister of Foreign Affairs Ararat "
                "Mirzoyan, and on behalf of the United States, by Secretary of State Antony Blinken.",
                date(2025, 1, 15), parser)
    assert {("ARMGOV", "USAGOV", "057"), ("USAGOV", "ARMGOV", "057")} <= got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_meeting_of_two_ministers_still_reads_its_parties_after_of(parser):
    got = coded("The meeting of the foreign ministers of Armenia and Azerbaijan took place in Almaty.", WHEN, parser)
    assert ("ARMGOV", "AZEGOV", "040") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_a_states_stance_that_condemns_is_the_state_condemning(parser):
    got = coded("\"This is to express Jordan's stance that rejects and condemns the Israeli war on Gaza,\" Safadi "
                "said.", date(2023, 11, 1), parser)
    assert any(s[:3] == "JOR" and t == "ISR" and c == "111" for s, t, c in got)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_dispute_that_drags_on_is_still_no_actor(parser):
    assert not coded("It was a dispute that hurt relations between Beijing and Canberra.", WHEN, parser)


@pytest.mark.parametrize("parser", PARSERS)
def test_a_siege_imposed_on_a_place_is_a_blockade(parser):
    got = coded("Israel imposed a siege on Gaza.", date(2023, 11, 1), parser)
    assert ("ISR", "PSE", "191") in got


@pytest.mark.parametrize("parser", PARSERS)
def test_an_assault_by_one_party_on_another(parser):
    got = coded("Israel imposed a siege following a devastating assault by Hamas on Israel on Oct 7.",
                date(2023, 11, 1), parser)
    assert any(s.startswith("PSE") and t == "ISR" and c == "190" for s, t, c in got)


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("text, expected", [
    ("\"If Zelensky (Vladimir Zelensky. — EADaily) will not let our gas in, a serious conflict may arise,\" Fico "
     "wrote on his page.", ("SVKGOV", "UKRGOV", "130")),
    ("If Russia attacks a NATO member, the alliance will respond, Biden said.", ("USAGOV", "RUS", "130")),
])
def test_a_conditional_warning_threatens_the_one_it_names(parser, text, expected):
    assert expected in coded(text, date(2024, 12, 20), parser)


@pytest.mark.parametrize("text", [
    "If the talks fail, there will be consequences, Russia said.",  # no one named in the condition
    "\"If we do not act, a war may come,\" Macron said.",  # the speaker's own side
    "If Iran closes the strait, oil prices will rise, Trump said.",  # no harm promised
    "Russia said that if Ukraine agrees, talks may resume.",  # the "if" opens no sentence
])
def test_what_is_no_conditional_warning(text):
    from dyadwatch.coding.threats import conditional_threat
    from tests.coder_helpers import pipeline
    s = pipeline("none")(text, date(2024, 12, 20))[0]
    assert conditional_threat(s.tokens, s.mentions) is None
