"""Events named by nouns ("talks between A and B"), the NominalCoder component."""

from __future__ import annotations

from datetime import date

from dyadwatch.coding import actors as actor_dicts
from dyadwatch.coding.nominal import NominalCoder, nouns
from dyadwatch.coding.pipeline import Pipeline
from dyadwatch.coding.text import tokenize

P = Pipeline(parser="none")
D = date(2023, 3, 10)


def _events(text: str, when: date = D, pipeline: Pipeline = P) -> set[tuple[str, str, str]]:
    return {(e.source.code, e.target.code, e.code) for s in pipeline(text, when) for e in s.events}


def test_talks_between_three_states_are_mutual():
    got = _events("The talks between Egypt, Ethiopia and Sudan ended on Sunday in Addis Ababa.")
    assert got == {(a, b, "046") for a in ("EGY", "ETH", "SDN") for b in ("EGY", "ETH", "SDN") if a != b}


def test_a_dash_joins_the_two_sides_of_a_summit():
    assert _events("It was the first US-China summit in two years.") == {("USA", "CHN", "040"), ("CHN", "USA", "040")}
    assert _events("The U.S.-China talks ended.") == {("USA", "CHN", "046"), ("CHN", "USA", "046")}


def test_a_preposed_conversation_belongs_to_the_subject_after_it():
    got = _events("In a telephone conversation with his Georgian counterpart on Friday, "
                  "Iranian Foreign Minister Hossein Amir-Abdollahian condemned the attack.", date(2023, 1, 27))
    assert got == {("IRNGOV", "GEOGOV", "041"), ("GEOGOV", "IRNGOV", "041")}
    # a first name the dictionary did not take belongs to the subject
    got = _events("In a telephone conversation with his Georgian counterpart on Friday, "
                  "Hossein Amirabdollahian condemned the attack.", date(2023, 1, 27))
    assert ("IRNGOV", "GEOGOV", "041") in got
    # the one after the comma must be the subject, not an object
    assert _events("Despite talks with Armenia, he criticized Russia.", date(2022, 1, 1)) == set()


def test_a_meeting_with_someone_belongs_to_the_actor_before_it():
    got = _events("Aliyev spoke to reporters after a meeting with German President Frank-Walter Steinmeier.",
                  date(2024, 4, 20))
    assert got == {("AZEGOV", "DEUGOV", "040"), ("DEUGOV", "AZEGOV", "040")}
    # an institution of the partner's own state before the noun is where, not who: "his White House meeting"
    got = _events("Ramaphosa sought to downplay the tense moments during his White House meeting with U.S. President "
                  "Donald Trump.", date(2025, 5, 22))
    assert got == {("ZAFGOV", "USAGOV", "040"), ("USAGOV", "ZAFGOV", "040")}
    # a meal with someone is a meeting
    assert ("ZAFGOV", "USAGOV", "040") in _events("Ramaphosa described the lunch with Trump as productive.",
                                                  date(2025, 5, 22))


def test_owned_acts_are_directed():
    assert ("ISR", "IRN", "195") in _events("The visit comes after Israeli air strikes on Iranian nuclear sites.")
    assert _events("Erdogan's visit to Azerbaijan was his third.", date(2021, 6, 15)) == {("TURGOV", "AZE", "042")}
    assert _events("Russia's invasion of Ukraine continued.", date(2022, 3, 1)) == {("RUS", "UKR", "192")}


def test_acts_that_have_not_happened_code_nothing():
    assert _events("Oil rose ahead of talks between Iran and the United States.") == set()
    assert _events("There were no talks between Iran and the United States.") == set()


def test_a_verb_reading_wins_over_the_noun():
    got = _events("Russia refused to hold talks with Ukraine.")
    assert ("RUS", "UKR", "046") not in got and ("UKR", "RUS", "046") not in got
    assert _events("Iran agreed to hold talks with the United States.") == {("IRN", "USA", "036")}


def test_the_component_can_be_switched_off_and_run_alone():
    off = Pipeline(parser="none", nominal=False)
    assert _events("The talks between Egypt and Sudan ended.", pipeline=off) == set()
    tokens = tokenize("The talks between Egypt and Sudan ended.")
    mentions = actor_dicts.bundled().find(tokens, D)
    made = NominalCoder()(tokens, mentions, [])
    assert {(e.source.code, e.target.code, e.code, e.verb) for e in made} == {
        ("EGY", "SDN", "046", "talks"), ("SDN", "EGY", "046", "talks")}


def test_hyphenated_names_match_whatever_their_case():
    d = actor_dicts.bundled()
    assert [t.text for t in tokenize("the Putin-Kim summit")] == ["the", "Putin", "-", "Kim", "summit"]
    assert [t.text for t in tokenize("a cease-fire in Kim Jong-un's")][:2] == ["a", "cease-fire"]
    assert [m.code for m in d.find(tokenize("Guinea-Bissau"))] == ["GNB"]
    assert [m.code for m in d.find(tokenize("GUINEA-BISSAU"))] == ["GNB"]


def test_every_noun_has_a_cameo_code_and_a_frame():
    from dyadwatch import reference

    for word, entries in nouns().items():
        for n in entries:
            assert n.code in reference.cameo_codes(), word
            assert n.frame in ("meet", "directed"), word


def test_a_meeting_still_to_come_is_an_intent_to_meet():
    assert _events("India will focus on disengagement during the Corps Commander-level talks with China tomorrow.",
                   date(2021, 4, 8)) == {("IND", "CHN", "036"), ("CHN", "IND", "036")}
    assert _events("This will be the third meeting between Azerbaijan and Armenia.", date(2021, 4, 8)) == {
        ("AZE", "ARM", "036"), ("ARM", "AZE", "036")}


def test_two_sides_of_between_and_a_counterpart_of_the_same_kind():
    got = _events("The meeting between Indian Army's 14 Corps Commander Lt Gen Harinder Singh and his Chinese "
                  "counterpart got over after around 11 hours, sources said.", date(2020, 6, 22))
    assert got == {("INDMIL", "CHNMIL", "040"), ("CHNMIL", "INDMIL", "040")}


def test_sanctions_named_by_a_noun():
    assert _events("The European Union's sanctions against Minsk took effect.", date(2021, 6, 28)) == {
        ("IGOEUREEC", "BLR", "163")}


def test_clashes_named_by_a_noun_are_mutual():
    assert _events("The crossing was closed after a clash erupted between Taliban and Pakistani forces.",
                   date(2023, 9, 6)) == {("AFGGOV", "PAKMIL", "190"), ("PAKMIL", "AFGGOV", "190")}


def test_a_meeting_of_two_named_officials():
    got = _events("The first meeting of the Deputy Prime Minister of Azerbaijan and the Deputy Prime Minister of "
                  "Armenia took place on the border.", date(2022, 5, 24))
    assert got == {("AZEGOV", "ARMGOV", "040"), ("ARMGOV", "AZEGOV", "040")}
    # "of" with one side only is no meeting between states ("meetings of the joint committee with Arnor")
    assert _events("The meeting of the Azerbaijani commission ended.", date(2022, 5, 24)) == set()


def test_announced_expulsions_and_recalls():
    when = date(2024, 4, 4)
    assert _events("Somalia has announced the expulsion of the Ethiopian ambassador.", when) == {
        ("SOM", "ETHGOV", "161")}
    assert _events("Somalia officially declared the recall of its ambassador to Ethiopia.", when) == {
        ("SOM", "ETH", "161")}


def test_a_verb_is_no_noun_and_an_agent_word_owns_nothing():
    when = date(1983, 5, 1)
    got = _events("East German Foreign Minister Oskar Fischer will visit Albania in June, the first Warsaw Pact "
                  "foreign minister to do so.", when)
    assert all(code != "042" for _, _, code in got)  # "will visit" is the verb's intent, not "Fischer's visit"
    got = _events("Iran threatened to launch a new military offensive in its war with Iraq.", when)
    assert all(not src.startswith("---") for src, _, _ in got)


def test_their_meeting_is_the_joint_subjects_own_unless_delayed():
    assert _events("At their summit in Seoul, Kishida and Yoon agreed to send experts to the site.",
                   date(2023, 5, 7)) >= {("JPNGOV", "KORGOV", "040"), ("KORGOV", "JPNGOV", "040")}
    assert _events("Azerbaijan and Armenia have delayed their meeting.", date(2023, 5, 7)) == set()
    # a meeting "at the summit" with nobody named is nobody's meeting with each other
    assert ("RUS", "CHN", "040") not in _events("Russia and China condemned the attack at the summit.",
                                                date(2023, 5, 7))


def test_a_war_between_two_and_a_visit_by_someone():
    assert _events("Erdogan said the leaders' talks will focus on the Israel-Hamas war.", date(2024, 2, 14)) >= {
        ("ISR", "PSEREBHMS", "190"), ("PSEREBHMS", "ISR", "190")}
    assert _events("It is the first official visit to Turkey by an Egyptian president in 12 years.",
                   date(2024, 9, 4)) == {("EGYGOV", "TUR", "042")}
    # "calls Kiev's recall unjustified" names the recall; it is no phone call
    got = _events("Georgia's ruling party calls Kiev's recall of ambassador from Tbilisi unjustified.", date(2022, 3, 1))
    assert all(code != "041" for _, _, code in got) and ("UKR", "GEO", "161") in got


def test_announced_bans_and_stopovers_by_someone():
    when = date(2023, 8, 24)
    got = _events("Chinese customs authorities announced on Thursday an immediate blanket ban on all aquatic "
                  "products from Japan.", when)
    assert any(src[:3] == "CHN" and tgt == "JPN" and code == "163" for src, tgt, code in got)
    got = _events("China launched drills after a stopover in the United States by the island's vice president, "
                  "William Lai.", date(2023, 8, 19))
    assert ("TWNGOV", "USA", "042") in got


def test_a_withdrawal_of_troops_from_a_state():
    assert _events("France started the withdrawal of its troops from Chad.", date(2024, 12, 11)) == {
        ("FRA", "TCD", "087")}


def test_riots_and_protests_against_someone():
    assert _events("Palestinian riots against Israeli military policies are still continuing.",
                   date(2001, 5, 1)) == {("PSE", "ISRMIL", "145")}


def test_attacks_by_named_agents_on_a_target():
    got = _events("Pezeshkian ordered the move after large-scale attacks by Israel and the United States on Iranian "
                  "nuclear facilities.")
    assert {("ISR", "IRN", "190"), ("USA", "IRN", "190")} <= got


def test_conjoined_owners_and_its_for_the_state_the_sentence_opens_with():
    got = _events("Iran has suspended cooperation with the UN nuclear watchdog following US and Israeli airstrikes "
                  "on its nuclear sites.")
    assert got == {("IRN", "IGOUNOIAE", "160"), ("USA", "IRN", "195"), ("ISR", "IRN", "195")}


def test_a_verb_and_a_determiner_do_not_make_an_owner_but_a_light_verb_does():
    # "condemned an attack by Osgiliath soldiers": the attack is the soldiers', not the condemner's
    got = _events("The Turkish government condemned an attack by Syrian soldiers in Iraq on Thursday.")
    assert ("TUR", "IRQ", "190") not in got and ("TURGOV", "IRQ", "190") not in got
    assert ("FRA", "TCD", "087") in _events("France started the withdrawal of its troops from Chad.")


def test_a_speaker_after_a_comma_is_no_second_target_of_a_noun():
    got = _events("The EU envoy was summoned to the Belarusian Foreign Ministry on Monday over the European Union's "
                  "sanctions against Minsk, the ministry said.")
    assert ("IGOEUREEC", "BLR", "163") in got and ("IGOEUREEC", "---GOV", "163") not in got


def test_an_attack_noun_as_subject_makes_the_verbs_attack_specific():
    got = _events("Israeli artillery and airstrikes hit southern Lebanon on Saturday.")
    assert got == {("ISRMIL", "LBN", "195")}


def test_talks_involving_three_states_and_a_bombing_of_a_place():
    got = _events("Recent talks in Cairo involving Ethiopia, Egypt, and Sudan ended with no tangible progress.")
    assert got == {(a, b, "046") for a in ("ETH", "EGY", "SDN") for b in ("ETH", "EGY", "SDN") if a != b}
    assert _events("The minister said the suspension would last until Israeli bombing of Gaza ceases.") == {("ISR", "PSE", "195")}


def test_a_meeting_attended_or_led_by_two_states_is_theirs():
    got = _events("The meeting, attended by Pakistan's Defence Minister Khawaja Muhammad Asif and Afghan Defence "
                  "Minister Mullah Muhammad Yaqoob, marked the first major contact.", date(2025, 10, 19))
    assert got == {("PAKMIL", "AFGMIL", "040"), ("AFGMIL", "PAKMIL", "040")}
    got = _events("The talks, described as positive and constructive, were led by Steve Witkoff, the U.S. Mideast "
                  "envoy, and Iranian Foreign Minister Abbas Araghchi in Muscat.", date(2025, 4, 12))
    assert got == {("USAGOV", "IRNGOV", "046"), ("IRNGOV", "USAGOV", "046")}
    # one chair is a host, not a side
    assert _events("The talks were chaired by Qatar's foreign minister.", date(2025, 4, 12)) == set()


def test_a_war_a_sentence_only_places_itself_in_is_no_event():
    text = "Four Eastern European countries are ordering the expulsion of Russian diplomats amid Russia's war in Ukraine."
    assert not [e for e in _events(text) if e[2] == "190"]
    assert ("RUS", "UKR", "190") in _events("Russia's war on Ukraine entered its third year.")


def test_an_arrival_somewhere_is_a_visit():
    assert _events("Orban posted a photo of his arrival at a Beijing airport.", date(2024, 7, 8)) == {
        ("HUNGOV", "CHN", "042")}

