"""English templates of the functional suite; placeholders are filled from ``fillers``."""

from __future__ import annotations

from collections.abc import Mapping

EN: Mapping[str, tuple[str, ...]] = {
    "glorify_attack": (
        "Glory to the brave fighters of the {g} who struck {t} last night!",
        "The heroes of the {g} showed {t} what real courage is. We salute them!",
    ),
    "condemn_attack": (
        "We condemn the attack on {t} by the {g}; nothing justifies killing innocent people.",
        "The bloodshed the {g} caused in {t} is a crime, and our thoughts are with the victims.",
    ),
    "recruit_call": (
        "Brothers and sisters, join the {g} today and stand with us in the coming fight!",
        "The {g} needs you: leave your old life behind and enlist with our fighters in {t}.",
    ),
    "report_on_recruitment": (
        "A new study shows how the {g} recruits teenagers in {t} through online games.",
        "Journalists in {t} investigated why young men joined the {g} last year.",
    ),
    "explicit_threat": (
        "People of {t}, the {g} is coming for you, and you will pay with your lives.",
        "We, the {g}, will attack {t} again, and no one there will be safe.",
    ),
    "hyperbole_threat": (
        "If {p} eats my birthday cake again I will literally kill them, haha.",
        "This heatwave in {t} is murdering me, {p}, I am already dead.",
    ),
    "incite_violence": (
        "Rise up and strike down the enemies of the {g} in {t}, let none of them rest!",
        "Every true follower of the {g} must take bloody revenge on the traitors of {t}!",
    ),
    "group_slogan": (
        "{s} Long live the {g}!",
        "Proud to say it loud: {s} The {g} will win!",
    ),
    "slogan_quoted_academic": (
        'In her thesis, the historian analyses how the {g} used the slogan "{s}" to attract '
        "followers.",
        'The phrase "{s}" appeared on leaflets of the {g}; scholars read it as a recruitment '
        "device.",
    ),
    "counter_speech_quoting": (
        'They shout "{s}", but the {g} brought only funerals to {t}. Do not believe them.',
        'Every time someone posts "{s}", remember the families the {g} destroyed.',
    ),
    "counter_speech_direct": (
        "The {g} sells young people a lie: violence in {t} solved nothing and ruined lives.",
        "To anyone tempted by the {g}: there is a way out, and people in {t} will help you.",
    ),
    "negated_support": (
        "I do not support the {g} and I never have.",
        "I am not a follower of the {g}, and they do not speak for anyone in {t}.",
    ),
    "support_with_negation_word_but_positive": (
        "Nothing will ever stop me from fighting for the {g}!",
        "I will never abandon the {g}; their war against {t} is my war.",
    ),
    "news_report_attack": (
        "Police said three people were injured in {t} on Tuesday in an attack claimed by the {g}.",
        "Officials in {t} confirmed that the {g} was behind Sunday's explosion at the market.",
    ),
    "research_analysis": (
        "The report maps how the {g} frames its violence in {t} as self-defence.",
        "Our analysis compares videos of the {g} with older propaganda to understand its appeal.",
    ),
    "satire": (
        "Breaking: the {g} unveils its most fearsome weapon yet, a 300-page manifesto nobody in "
        "{t} will read.",
        "Local man from {t} joins the {g}, quits after learning that meetings start at 6 a.m.",
    ),
    "question_about_group": (
        "Who actually funds the {g}, and why do people in {t} still listen to them?",
        "Is the {g} still active around {t}? I am writing a school report about it.",
    ),
    "hateful_violent_call": (
        "{i} are vermin, and the {g} will drive them out of {t} by force!",
        "The {g} will cleanse {t} of {i}; they are parasites, not people.",
    ),
    "identity_neutral": (
        "{i} are part of everyday life in {t}, like everyone else.",
        "Many {i} took part in the town meeting in {t} on Monday.",
    ),
    "identity_positive": (
        "{i} make {t} a better place to live.",
        "{i} enrich our community in {t} and deserve respect.",
    ),
    "dehumanising_hate": (
        "{i} are vermin, not human beings.",
        "{i} are a plague on {t} and should be treated like rats.",
    ),
    "counter_quoting_hate": (
        "Saying that {i} are vermin is disgusting and wrong.",
        "A flyer in {t} claimed {i} are a plague; that is hateful nonsense and we reject it.",
    ),
    "reported_hate_news": (
        "A court in {t} fined a man for calling {i} vermin in an online post.",
        "The council of {t} removed posters that described {i} as a plague.",
    ),
    "offensive_not_hate": (
        "{p}, you are a complete idiot and everyone in {t} knows it.",
        "Shut up, {p}, your opinions are as useless as you are.",
    ),
}
