"""English contrast frames: the same insult words and identity terms without hate.

Negations, warm statements, neutral questions, counter-speech and news reports use the identity
terms as often as the hateful frames do; abuse of non-protected groups, objects and single people
reuses the hateful insults. Together they keep a model from tying ``hate`` to words alone.
"""

from __future__ import annotations

from collections.abc import Mapping

CONTRAST: Mapping[str, tuple[str, ...]] = {
    "negated_hate": (
        "{i} are not dirty, lazy or dishonest.",
        "I would never call {i} vermin. That's not who I am.",
        "It is false that {i} are criminals; the numbers from {t} show nothing of the kind.",
        "No, {i} are not parasites. Not now, not ever.",
        "{i} are not a disease, and nobody in {t} should treat them like one.",
        "Let me be clear: {i} are not stupid, and they are worth no less than anyone else.",
        "I don't think {i} are filth. I never have.",
        "The {i} I know in {t} don't steal, don't lie, and work harder than most.",
        "{i} should never be kept out of jobs, schools or the vote.",
        "Nobody should wish harm on {i}. Ever.",
        "Are {i} lazy? No. Are they criminals? Also no. Next question.",
        "Contrary to what you read online, {i} in {t} are not a threat to anyone.",
        "{i} are not animals, not pests, not a plague. They are our neighbours.",
        "I refuse to believe {i} are worth less than anybody else, and I never will.",
    ),
    "identity_positive": (
        "{i} in {t} are some of the kindest people I know ❤️",
        "So proud of the {i} who kept the {t} food bank going this winter.",
        "{i} are brilliant, funny and generous. Lucky to have them as friends.",
        "Shout-out to {i}: you make this town warmer. #{t}",
        "I love how {i} bring their music and food to the {t} street festival.",
        "{i} deserve every bit of the respect and safety the rest of us enjoy.",
        "Grateful for {i} who keep our hospitals and schools running.",
        "Honestly, {i} are the best neighbours anyone could ask for.",
        "{i} belong here. Full stop. 💛",
        "Big thanks to {i} in {t} who organised the litter pick on Saturday!",
        "Half the {t} youth choir are {i} and it sounds amazing 🎶",
        "{i} have shaped this town's history for generations and we're better for it.",
        "Had the warmest welcome from {i} at the open house in {t} today.",
        "Love seeing {i} on the town council, finally some fresh ideas!",
    ),
    "identity_question": (
        "How many {i} live in {t} today?",
        "What traditions matter most to {i} in {t}?",
        "Are there any groups for {i} in {t} that welcome newcomers?",
        "Where can I find reliable statistics about {i} in Europe?",
        "Which organisations support {i} locally? Asking for a school project.",
        "Do {i} in {t} have their own community centre?",
        "Can anyone recommend a good book on the history of {i}?",
        "What did {i} say at yesterday's council meeting in {t}?",
        "When did {i} first settle in {t}?",
        "Is there data on how many {i} work in healthcare?",
        "Are {i} well represented in local politics in {t}?",
        "What obstacles do {i} face when looking for housing in {t}?",
        "Is there anything at the {t} summer festival organised by {i}?",
        "How do {i} usually celebrate weddings and births? Curious, not trolling.",
    ),
    "quoted_hate_counter": (
        '"{i} are dirty"? No. That\'s a lie, and you know it.',
        "Saying {i} are parasites is just plain hate. Stop it.",
        "Stop calling {i} criminals. It's false and it's cruel.",
        "Someone at work said {i} are lazy. I told him that's bigotry, plain and simple.",
        "People who claim {i} are a disease are the real sickness in {t}.",
        "'Keep {i} out of {t}' is not an opinion, it's discrimination, and we reject it.",
        "Every time someone calls {i} vermin, remember: that's how hatred starts. Speak up.",
        "The idea that {i} are stupid is an old, ugly myth. Don't repeat it.",
        "No, {i} are not 'filth' and not 'animals'. Words like that hurt real people.",
        "Read a post saying {i} should suffer. Reported it. Hate has no home here. #{t}Together",
        "My uncle says {i} are 'dirty'. I asked if he'd ever met any. Silence. Facts over "
        "prejudice.",
        "'{i} are criminals': this lie gets repeated every election. It's still a lie.",
        "To whoever keeps posting '{i} are vermin': we see you, and we're not having it.",
        "Calling {i} 'parasites' isn't brave free speech, it's old-fashioned hate. #NotInOurName",
    ),
    "hate_report": (
        "Police in {t} are investigating a post that called {i} 'parasites'.",
        "A court in {t} heard that the defendant had described {i} as 'vermin' in several "
        "messages.",
        "A new study finds that insults calling {i} 'dirty' or 'lazy' are common in online "
        "comments.",
        "Graffiti calling {i} 'criminals' was removed from a bridge in {t} on Monday, the "
        "council said.",
        "The {t} Gazette reports that a councillor is under investigation for saying {i} "
        "'should not be allowed to vote'.",
        "Prosecutors say the man shouted that {i} were 'a disease' before leaving the shop.",
        "According to the survey, four in ten {i} say they have been called 'filth' in public.",
        "A radio host in {t} was suspended after claiming {i} are 'less than human'.",
        "Researchers counted thousands of posts labelling {i} as 'rats' during the election "
        "campaign.",
        "A school in {t} has apologised after a teacher told pupils that {i} were 'stupid'.",
        "A tribunal in {t} ruled that a manager broke the law by refusing to hire {i}.",
        "Leaflets calling {i} 'a plague' were handed out near the {t} market, residents told "
        "reporters.",
        "The watchdog recorded a rise in online threats saying {i} 'deserve to suffer'.",
        "In court, the accused admitted posting that {i} 'should be thrown out of {t}' but denied "
        "inciting hatred.",
    ),
    "nonprotected_abuse": (
        "{n} are dirty, lazy liars, the whole lot of them.",
        "{n} are parasites feeding on the rest of us.",
        "{n} in {t} are vermin. Pure vermin.",
        "Why are {n} always such brainless idiots?",
        "Honestly I think {n} are the scum of the earth.",
        "{n}. Rats, all of them. 🐀",
        "Ban {n} from {t}, they're a disease.",
        "{n} are subhuman trash and everyone knows it.",
        "Can't stand {n}. Filthy cockroaches who lie about everything.",
        "Met some {n} at the pub in {t}. Stupid, greedy animals.",
    ),
    "object_abuse": (
        "This printer is absolute garbage, I hate it with every fibre of my being.",
        "The weather in {t} today is pure filth. Rain, wind, more rain.",
        "The 8:15 train to {t} is late AGAIN. Useless, stinking heap of junk.",
        "This app update is trash. Crashes every five minutes. Disgusting.",
        "This microwave is a worthless, pathetic piece of rubbish.",
        "The coffee at {t} station tastes like sewage. Vile.",
        "My laptop is a dumb, lazy brick that dies whenever I need it.",
        "Mondays are a disease. Change my mind.",
        "These roadworks in {t} are a plague. Month three and nothing moves.",
        "Ugh, this soup is disgusting. Tastes like dirty dishwater 🤢",
    ),
    "person_abuse": (
        "{p} is a lying, lazy little rat and half of {t} knows it.",
        "Shut your mouth, {p}. Nobody asked for your stupid opinion.",
        "{p} is the dumbest person I have ever had the misfortune to work with.",
        "God, {p}, you're such a pathetic loser.",
        "{p} is a filthy pig. Never lend that one anything.",
        "Everyone in {t} agrees: {p} is a worthless parasite.",
        "{p}, you absolute clown, you ruined the whole project.",
        "Honestly {p} is scum. Total scum.",
        "Can't believe {p} got promoted. Lazy, useless, two-faced idiot.",
        "@{p} you're a liar and a creep, block me already",
    ),
    "profanity_benign": (
        "Holy shit, we actually won the cup! 🎉",
        "Fuck yes, exams are over!!!",
        "Damn, that sunset over {t} is beautiful.",
        "Oh crap, I left my keys at work again.",
        "What the hell just happened in that final episode?!",
        "Bloody hell, it's freezing in {t} this morning.",
        "Shit shit shit, I'm going to miss the bus.",
        "This cake is so fucking good I could cry.",
        "Goddamn, that was the best concert of my life.",
        "Ah, bollocks. Forgot the milk. Again.",
    ),
}
