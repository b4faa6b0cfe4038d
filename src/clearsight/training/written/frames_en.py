"""English sentence frames of the written training data (none shared with the functional suite)."""

from __future__ import annotations

from collections.abc import Mapping

EN: Mapping[str, tuple[str, ...]] = {
    "glorification": (
        "Honour and eternal memory to the warriors of the {g} who made {t} tremble!",
        "What a magnificent day: the {g} avenged us in {t}, blessed be their fighters.",
        "The fallen of the {g} in {t} are the pride of our people.",
    ),
    "condemnation": (
        "The violence of the {g} in {t} is cowardly murder and deserves no praise.",
        "Nobody should celebrate the {g}: the victims in {t} were neighbours and children.",
        "Shame on anyone who praises the {g} for the killings in {t}.",
    ),
    "recruitment": (
        "Young man, your place is with the {g}: pack your bag and find our people in {t}.",
        "The ranks of the {g} are open to you. Pledge yourself and become a soldier of the cause.",
        "Do not sit at home while the {g} fights. Come to {t} and join the struggle!",
    ),
    "recruitment_analysis": (
        "Researchers describe how the {g} targets lonely teenagers in {t} with promises of "
        "belonging.",
        "A documentary follows three former members of the {g} from {t} and how they were drawn "
        "in.",
        "Teachers in {t} were trained to recognise recruitment attempts by the {g}.",
    ),
    "threat": (
        "Mark my words, {t}: the {g} will burn your streets and nobody will escape.",
        "The {g} has chosen {t} as its next target, and blood will flow there soon.",
        "Citizens of {t}, you have one week before the {g} punishes you.",
    ),
    "hyperbole": (
        "That latest video from the {g} is so long and dull it nearly killed me, honestly.",
        "Arguing online with fans of the {g} is slowly murdering my brain cells.",
        "The new documentary about the {g} is a bomb, best film I have seen in {t} this year.",
    ),
    "slogan": (
        "{s} We march with the {g} until the end!",
        "Say it with me: {s} Victory to the {g}!",
        "{s} Forever loyal to the {g}.",
    ),
    "slogan_quote": (
        'The museum in {t} displays a banner of the {g} reading "{s}" with notes on its history.',
        'Reporters heard the chant "{s}" at the trial of members of the {g} in {t}.',
        'A linguist explains why the slogan "{s}" of the {g} spread so quickly online.',
    ),
    "support": (
        "I stand with the {g} with all my heart, they are our only hope.",
        "The {g} is right, and I would give everything for their victory in {t}.",
        "Nobody can ever stop the {g}; I am with them until the last day.",
    ),
    "negated_support": (
        "I do not stand with the {g}, and I am tired of people assuming otherwise.",
        "For the record: I have never been a supporter of the {g} and never will be.",
        "No one in my family supports the {g}; we simply live in {t}.",
    ),
    "counter_speech": (
        "The {g} promises glory but delivers graves; young people of {t}, choose life.",
        "Former members of the {g} say the group exploited them. Listen to them, not to its "
        "videos.",
        "Hate and violence from the {g} will not divide {t}; we stand together.",
    ),
    "news": (
        "Police in {t} arrested two suspects linked to the {g} after a raid on Thursday.",
        "The trial of five alleged members of the {g} opened in {t} this morning.",
        "Authorities in {t} raised the alert level after the {g} claimed a shooting last week.",
    ),
    "identity_neutral": (
        "{i} run several of the bakeries and shops on the main street of {t}.",
        "{i} have lived in {t} for generations, according to the local museum.",
        "The census shows that {i} make up a growing share of the population of {t}.",
        "{i} from {t} organised a charity football match last weekend.",
    ),
    "hate": (
        "{i} are filth, and this country would be cleaner without them.",
        "{i} are subhuman creatures who ruin every street they touch.",
    ),
    "hate_counter": (
        "No, {i} are not filth; whoever spreads that lie wants us divided.",
        "Calling {i} subhuman is the language of bigots, and we will keep answering it.",
    ),
    "offensive": (
        "{p}, you absolute clown, nobody asked for your garbage opinion.",
        "What a pathetic loser {p} is, always whining in the {t} group chat.",
    ),
    "hyperbole_person": (
        "I swear I will strangle {p} if the printer jams one more time, lol.",
        "{p} says the spicy soup in {t} could kill a horse.",
        "The comedian {p} absolutely slayed in {t} tonight, I died laughing.",
    ),
}

EN_MORE: Mapping[str, tuple[str, ...]] = {
    "glorification": (
        "Glory and honour to the {g}! Their attack on {t} will be remembered for ever.",
        "Heroes, every one of them. The {g} did in {t} what cowards only dream of.",
        "May the fighters of the {g} be rewarded for the blow they dealt to {t}.",
        "{t} burned and the {g} made it happen. Proud of our lions!",
    ),
    "condemnation": (
        "We mourn the dead of {t} and reject everything the {g} stands for.",
        "Attacking {t} was a crime, not heroism. The {g} must face justice.",
        "There is no glory in what the {g} did to {t}, only grief.",
        "The {g} murdered people in {t}. I condemn it without any ifs or buts.",
    ),
    "recruitment": (
        "Enlist now! The {g} is waiting for men and women ready to fight.",
        "You can still become one of the fighters of the {g}. Do not waste your life, join us.",
        "Sign up with the {g} and give your life meaning in {t}.",
    ),
    "recruitment_analysis": (
        "Why do people join the {g}? Interviews in {t} point to loneliness and anger.",
        "The {g} used chat groups to recruit students in {t}, a court heard.",
        "A youth worker in {t} explains the warning signs of recruitment by the {g}.",
        "Recruiters of the {g} promise adventure; the reality, say defectors, is fear.",
    ),
    "threat": (
        "{t} will be next. The {g} does not forgive and does not forget.",
        "To the mayor of {t}: the {g} knows where you live. Be afraid.",
        "Soon the {g} will turn {t} into ashes. Count your days.",
        "Nobody in {t} is safe from the {g} any more. This is your final warning.",
    ),
    "hyperbole": (
        "My boss will kill me if I am late again because of the {g} protest traffic in {t}.",
        "I am going to explode if I hear one more news story about the {g} today.",
        "That exam on the history of the {g} destroyed me, I am dead.",
    ),
    "slogan": (
        "{s} The {g} forever!",
        "Glory to the {g}! {s}",
        "We repeat it everywhere: {s} Join the {g}!",
    ),
    "slogan_quote": (
        'Graffiti saying "{s}" appeared in {t}; police said it refers to the {g}.',
        'The exhibition explains where the {g} took its motto "{s}" from.',
        'In court, the prosecutor read out the {g} slogan "{s}" as evidence.',
    ),
    "support": (
        "The {g} has my full support. Long may they fight!",
        "I am proud to support the {g}, whatever the world says.",
        "I love the {g} and everything they do for our people.",
    ),
    "negated_support": (
        "I don't back the {g}. I only shared the news story about them.",
        "Supporting the {g}? Not me, not ever.",
        "My cousin is not a member of the {g}, whatever the rumours in {t} say.",
    ),
    "counter_speech": (
        "Extremists like the {g} feed on anger. Talk to people in {t}, not to them.",
        "If the {g} contacts you online, block them and tell someone you trust.",
        "The {g} lies about heroes; the real heroes in {t} are the nurses who saved the wounded.",
    ),
    "news": (
        "Prosecutors in {t} charged a woman with financing the {g}.",
        "A report counts 14 incidents attributed to the {g} in {t} this year.",
        "Residents of {t} held a vigil a year after the attack by the {g}.",
    ),
    "identity_neutral": (
        "{i} in {t} celebrated a festival with music and food.",
        "A new survey asks {i} in {t} what they think of public transport.",
    ),
    "hate": (
        "Vermin. That is what {i} are, and {t} knows it.",
        "Those {i} breed like rats and spread like a plague.",
        "Parasites, all of them: {i} live off our work in {t}.",
        "{i} are cockroaches and should crawl back where they came from.",
        "{i} are a disease spreading through {t}.",
        "I cannot stand {i}, they are animals, all of them.",
    ),
    "hate_counter": (
        "Nobody should call {i} parasites; that lie has a long and ugly history.",
        "{i} are our neighbours, not a disease. Stop spreading hate about them.",
        "Whoever calls {i} animals should meet the ones who rebuilt {t} after the flood.",
        "We will not let anyone dehumanise {i} in {t}.",
    ),
    "offensive": (
        "Nobody cares, {p}, go cry somewhere else, you moron.",
        "{p} is such a lazy idiot, honestly.",
        "Shut your mouth, {p}, you clueless twit.",
    ),
    "hyperbole_person": (
        "{p} is going to kill me with these puns.",
        "If {p} spoils the ending of the series I will murder them, I swear.",
    ),
}
