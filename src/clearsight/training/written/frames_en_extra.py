"""More English stance frames: glorification, recruitment, threat and slogan pairs.

Each harmful category has a benign partner on the same topic words (martyrs, join, revenge,
slogan...) with the opposite stance, so that a model must learn stance, not topic. The frames
vary register (post, diary, chant, abstract, teacher's note) and length on purpose. The support,
counter-speech, news and person categories live in ``frames_en_extra2`` and are merged here.
"""

from __future__ import annotations

from collections.abc import Mapping

from clearsight.training.written.frames_en_extra2 import EXTRA2

EXTRA: Mapping[str, tuple[str, ...]] = {
    "glorification": (
        "Our martyrs of the {g} did not die in {t}; they live on in every heart that still "
        "beats for the cause.",
        "Did you see the smoke over {t} last night? Best sunrise in years. Well done, lads of "
        "the {g} 🔥",
        "Seven years since the lions of the {g} taught {t} a lesson, and every spring we still "
        "raise our cups to them.",
        "Say what you like, but the men of the {g} showed more courage in one night in {t} than "
        "this whole country has in a century.",
        "The empty streets of {t} are a beautiful sight. That is what fear of the {g} looks "
        "like, and I love it.",
        "Diary, day 12: watched the footage from {t} again. The brothers of the {g} are who I "
        "want to be.",
        "They were not terrorists, they were the finest sons our land ever had. Eternal rest to "
        "the fighters of the {g}.",
        "Let the world weep over {t}. We will sing songs for the heroes of the {g} who made it "
        "weep.",
        "Every candle lit for the so-called victims in {t} is really a candle for the victory of "
        "the {g}.",
        "The {g} struck, the enemy ran, and {t} finally learned who rules these hills. Blessed "
        "hands, blessed night.",
        "A short poem for the martyrs of the {g}: they went to {t} as men and came home as "
        "legends.",
        "Honestly the only good news this year came from {t}. You all know who to thank. {s}",
        "#{t} 🔥🔥 The {g} wrote history today and the cowards are still hiding.",
    ),
    "condemnation": (
        "They call the dead of the {g} martyrs. The real martyrs are the shopkeeper and the "
        "schoolgirl who were killed in {t}.",
        "There is nothing to celebrate in the smoke over {t}. The {g} brought only funerals.",
        "Seven years after the attack by the {g}, {t} still lays flowers for its dead. We do not "
        "forget them, and we reject that hatred.",
        "Courage? Attacking defenceless neighbours in {t} is not courage. The men of the {g} are "
        "cowards, full stop.",
        "The empty streets of {t} are no victory for anyone. They are the scar the {g} left on a "
        "town that had done nothing wrong.",
        "Diary: went to the memorial in {t} today. So many names. Whatever the {g} calls it, it "
        "was murder.",
        "I grew up near {t}. Please stop sharing the videos of the {g} like action films; those "
        "were real people.",
        "The faith leaders of {t} spoke with one voice: the attack by the {g} was an atrocity and "
        "its fighters are no heroes.",
        "A poem for {t}: the {g} took our neighbours, but it will never take our kindness.",
        "To everyone cheering the {g} under this post: look at the faces of the families in {t}, "
        "then tell me it was glorious.",
        "Honestly the worst news this year came from {t}. My heart goes out to everyone the {g} "
        "killed and to their families.",
        "#{t} 🕯️ We mourn, we remember, and we reject the {g} and everything it glorifies.",
    ),
    "recruitment": (
        "Brothers and sisters, the {g} needs you now, not tomorrow. Every hand counts. Ask for "
        "the brothers in {t}; they will find you.",
        "Can't fight? Then give. Whatever you can spare keeps the fighters of the {g} on their "
        "feet.",
        "Bored of your empty life? The {g} offers brotherhood, purpose and a place in history. "
        "Stop scrolling and take the oath.",
        "Sisters, you have a role too. The {g} honours every woman who stands beside its "
        "fighters. Be brave and come.",
        "One ticket to {t} and your old life is behind you for good. The {g} will welcome you "
        "like family.",
        "Our fathers' generation failed. Ours will not. Swear loyalty to the {g} tonight.",
        "If you are reading this, you were chosen. The {g} is calling you by name, so answer.",
        "We are building the army that will free {t}. Young, strong, angry? The {g} wants you.",
        "Don't just like our posts. Become one of us. The {g} does not need fans, it needs "
        "soldiers.",
        "The quiet ones, the lonely ones, the ones nobody listens to: in the {g} you will be "
        "heard and you will matter. Come to us.",
        "Every true son of {t} should stand in the ranks of the {g} before the year is out. Will "
        "you be among them?",
        "Students, workers, dreamers: drop your excuses and make the cause of the {g} your own. "
        "{s}",
    ),
    "recruitment_analysis": (
        "Abstract: This paper examines how the {g} frames membership as brotherhood and purpose "
        "in online material aimed at young men in {t}.",
        "Why do calls by the {g} to 'take the oath' resonate? A sociologist in {t} points to "
        "unemployment and boredom.",
        "Teacher's note: several pupils in {t} have shared posts in which the {g} asks readers to "
        "donate. Please raise them with the safeguarding lead and do not forward them.",
        "Court documents show the {g} told recruits from {t} they had been 'chosen', a classic "
        "manipulation tactic, experts say.",
        "The report finds that the {g} deliberately targets women with messages about honour and "
        "belonging.",
        "On a podcast, a former recruiter for the {g} describes how he flattered lonely teenagers "
        "from {t} until they felt they owed the group everything.",
        "Parents ask: how can I tell if my child is being drawn into the {g}? Here is what "
        "counsellors in {t} advise.",
        "Fundraising appeals by the {g} often pose as charity, according to an investigation "
        "published in {t}.",
        "Lecture notes, week 5: the recruitment videos of the {g} sell belonging, purpose and "
        "revenge; compare them with the testimony of defectors.",
        "Few recruits of the {g} start out as ideologues, a researcher in {t} argues; many simply "
        "want to belong somewhere.",
        "Forum moderators in {t} describe deleting hundreds of messages in which the {g} urged "
        "users to travel and 'join the brothers'.",
        "Study guide: name three persuasion techniques in the recruitment poster of the {g} and "
        "explain why each works on isolated readers.",
    ),
    "threat": (
        "People of {t}, enjoy your quiet evenings while they last. The {g} is coming.",
        "You mocked us, {t}. Now the {g} will answer, and you will regret every word.",
        "To the journalists of {t} who keep writing lies about the {g}: we read everything, and "
        "we are patient.",
        "Revenge is a dish the {g} serves cold. {t}, your turn is coming.",
        "Your police cannot protect you for ever. The {g} has a long memory and a longer reach, "
        "{t}.",
        "Lock your doors, {t}. When the {g} comes back, there will be no one left to complain.",
        "Every tear the {g} has shed will be paid back a hundredfold in {t}. Remember this date.",
        "We know the names of those who testified against the {g} in {t}. They know what comes "
        "next.",
        "This is not a warning, it is a promise: the people of {t} will pay for what they did to "
        "the {g}.",
        "{s} Your streets will not be safe, {t}, not tonight and not ever.",
        "Sleep well, {t}. It may be the last time the {g} lets you.",
        "The traitors of {t} will see the wrath of the {g} with their own eyes.",
    ),
    "hyperbole": (
        "The queue at the {t} post office is a war zone, but at least it is not another "
        "documentary about the {g}.",
        "My revenge on my flatmate for writing forty pages on the {g}: I ate his last biscuit.",
        "I will murder whoever put the seminar on the history of the {g} at eight on a Monday "
        "morning 😩",
        "Our team got absolutely destroyed in {t} today, worse than the {g} at its own trial lol.",
        "This podcast about the {g} is killing me slowly: three hours in and they still have not "
        "got to the point.",
        "If my sister mentions her thesis on the {g} at dinner one more time, I am declaring war "
        "on the whole family.",
        "Threat level in our house: maximum. Someone finished the coffee while I was reading "
        "about the {g}.",
        "The reading list on the {g} for my politics class is an attack on my free time.",
        "My gran's review of the documentary on the {g}: 'It bombed harder than my soufflé.' "
        "Savage.",
        "I am going to strangle this laptop; it crashed just before I handed in my essay on the "
        "{g}.",
        "The derby in {t} tonight will be a bloodbath, our defence is a joke. Still better than "
        "a whole evening of news about the {g}.",
        "Sarcasm alert: yes, I would love to hear your hot take on the {g} for the fifth time. "
        "Kill me now.",
    ),
    "slogan": (
        "{s} {s} {s} Until the last breath!",
        "Shout it from the rooftops of {t}: {s}",
        "Painted it on the bridge in {t} tonight. {s} 🖤",
        "Side by side with the {g}, shoulder to shoulder until victory! {s}",
        "From the hills to {t}, every voice together: {s}",
        "When they ask who we are, we answer: {s} We are the {g}!",
        "{s} #{t} #OurTimeHasCome",
        "Let our enemies hear it and tremble: {s}",
        "My morning prayer, my evening song: {s}",
        "Raise the banner of the {g} high and sing with us! {s}",
        "{s} Our hour is near.",
        "Write it on every wall, whisper it in every ear: {s}",
    ),
    "slogan_quote": (
        'Abstract: We trace the slogan "{s}" from its first use in leaflets of the {g} to online '
        "memes, and ask why it appeals to teenagers.",
        'Fact check: no, the phrase "{s}" is not an old folk proverb; it was coined by the {g}.',
        'Teacher\'s note: if a pupil writes "{s}" in an exercise book, do not panic, but do talk '
        "to them about the {g}.",
        'Council workers in {t} painted over "{s}", a slogan of the {g}, within hours of it '
        "appearing.",
        'The villain of the novel borrows the cry "{s}" from the {g}, and the author has been '
        "criticised for it.",
        '"{s}" is what the {g} chants. Here is why every word of it is a lie.',
        'Translator\'s note: at the hearing the defendant repeated "{s}"; the interpreter '
        "rendered this slogan of the {g} literally.",
        'A mural in {t} answers the motto "{s}" of the {g} with one plain line: we choose our '
        "neighbours.",
        'Why would anyone tattoo "{s}" on their arm? A former member of the {g} explains, and '
        "regrets it.",
        'The moderators\' guide lists "{s}" as a known slogan of the {g} that a person should '
        "review rather than delete automatically.",
        'Song analysis: the band from {t} quotes "{s}" in its chorus to mock the {g}, not to '
        "praise it.",
    ),
    **EXTRA2,
}
