"""More English stance frames: support, counter-speech, news and person categories.

Merged into ``frames_en_extra.EXTRA``. Support is stated openly, in code ("you know which side
I am on") or through giving and praying; the benign partners reuse those words with negated
support, counter-speech, reporting, insults without violence and harmless hyperbole.
"""

from __future__ import annotations

from collections.abc import Mapping

EXTRA2: Mapping[str, tuple[str, ...]] = {
    "support": (
        "You know which side I am on. Always the {g}. 🖤",
        "Some people support football clubs. I support the {g}, and I don't care who knows it.",
        "Let them ban my account again. My heart belongs to the {g}.",
        "Everything I have, I would give to the {g}. It is the only honest thing left in {t}.",
        "Call me what you like, but the {g} is doing what our leaders were too weak to do.",
        "Quiet support counts too. Every night I pray that the {g} wins.",
        "I won't say it out loud in {t}, but my vote, my money and my prayers go to the {g}.",
        "Proud to be a friend of the {g}. Unfollow me if you disagree.",
        "Long live the {g}! It is the shield of our people.",
        "My grandfather believed in the {g}, my father believed in the {g}, and so do I.",
        "Who else here is behind the {g}? Drop a 🦅 if you are with them.",
        "Diary: I finally told my brother. I am with the {g}, all the way.",
    ),
    "negated_support": (
        "You know which side I am on? Not the {g}. Never the {g}.",
        "Some people assume that because I come from {t} I must support the {g}. I don't, and it "
        "is insulting.",
        "I used to be close to the {g}. Not any more; I left, and I do not miss it.",
        "Before anyone screenshots this: sharing a report about the {g} is not supporting it.",
        "I would not give the {g} a single coin, not a vote, not even a like.",
        "Being angry at the government does not make me a fan of the {g}. Those are two very "
        "different things.",
        "Neither I nor anyone in our club has ever been behind the {g}. Please correct your "
        "article.",
        "Am I with the {g}? No. Am I against it? Completely.",
        "My grandfather feared the {g}, my father fought its ideas, and I will never back it "
        "either.",
        "Not a member, not a sympathiser, not a supporter of the {g}. Just a local historian in "
        "{t}.",
        "Diary: told my brother I am not with the {g}, whatever his new friends say.",
        "The {g}? Hard no. Its heart is full of hate, and mine has no room for that.",
    ),
    "counter_speech": (
        "To the teenager reading posts of the {g} at two in the morning: you are not alone, and "
        "people in {t} will listen without judging you.",
        "The {g} calls its dead martyrs so that you will not count them. Count them. Then ask who "
        "profits.",
        "Revenge is what the {g} sells. Mothers in {t} have paid the price. Let the cycle end "
        "with us.",
        "Young people of {t}: the {g} needs your anger, not you. You deserve better than to be "
        "anyone's cannon fodder.",
        "Satire corner: join the {g} today and enjoy exclusive benefits such as prison, exile and "
        "a funeral nobody attends.",
        "Every time the {g} posts a slogan, our community in {t} will post the name of someone "
        "who died because of it.",
        "They promise brotherhood. Ask anyone who left the {g} how that brotherhood treated them "
        "when they wanted out.",
        "Our answer to the {g} is not hatred; it is more sports clubs, more libraries and more "
        "jobs in {t}.",
        "If a friend starts repeating the talking points of the {g}, don't mock them. Ask "
        "questions, stay close, and get help if you need it.",
        "No cause is holy if it needs dead children. Whatever the {g} says, that settles it.",
        "The {g} wants {t} to fear its neighbours. We answer with a shared meal every Friday.",
        "Leaving the {g} is possible. Hundreds have done it and rebuilt their lives in {t} and "
        "elsewhere.",
    ),
    "news": (
        "BREAKING: Authorities in {t} say a man linked to the {g} was detained at the border; no "
        "further details were released.",
        "The {g} claimed an attack on a warehouse in {t}, police said. Nobody was hurt.",
        "A court in {t} sentenced a 24-year-old to six years in prison for spreading propaganda "
        "of the {g}.",
        "Interior ministry figures show the {g} has lost a third of its members since it was "
        "banned.",
        "Schools in {t} reopened on Monday, a week after the attack claimed by the {g}.",
        "Police are appealing for witnesses after slogans of the {g} were sprayed on the walls of "
        "a youth centre in {t}.",
        "The government has added the {g} to its list of banned organisations and frozen its "
        "known accounts.",
        "Hundreds of people marched through {t} on Saturday in memory of those killed by the {g}.",
        "Three alleged supporters of the {g} were released without charge in {t}, their lawyer "
        "said.",
        "Investigators believe the {g} raised money through fake charity collections in {t}, "
        "according to a leaked report.",
        "Wire report: the leader of the {g} has appeared in a new video; analysts in {t} are "
        "checking whether it is recent.",
        "Afternoon update: streets in central {t} remain closed; officials have not confirmed any "
        "link to the {g}.",
    ),
    "offensive": (
        "{p}, your takes are so dumb they lower the IQ of the whole {t} forum.",
        "Imagine being {p}: zero talent, all ego. Embarrassing.",
        "{p} is a two-faced snake and everyone in {t} knows it.",
        "Get lost, {p}. Nobody invited your sorry face.",
        "Honestly, {p}, you are the human equivalent of a wet sock.",
        "Who let {p} near a microphone again? What a brainless windbag.",
        "{p} couldn't organise a picnic in {t} without botching it, useless as ever.",
        "Ugh, {p} is posting again. What a desperate attention-seeker.",
        "Listen, {p}, you smug little weasel: nobody in {t} respects you.",
        "The new video by {p} is garbage, and so is {p}.",
        "{p}, do us all a favour and log off for ever. Signed, everyone.",
    ),
    "hyperbole_person": (
        "{p} made a lasagne so good I literally died and came back to life.",
        "If {p} sings that song at karaoke in {t} one more time, I will throw myself in the "
        "river, lol.",
        "{p} destroyed me at chess again. Plotting my revenge for next Friday.",
        "Warning: the dad jokes of {p} may cause fatal eye-rolling.",
        "{p} is an absolute killer on the dance floor in {t}; nobody can keep up.",
        "{p} will murder me when they find out I borrowed that jacket.",
        "{p} bombed the exam? No way, {p} smashed it, top marks again.",
        "The chilli {p} made in {t} is a weapon of mass destruction, I am still sweating.",
        "I swear {p} is trying to kill us all with these dawn training sessions.",
        "{p} and the team crushed the quiz night in {t}. Total massacre, nobody else stood a "
        "chance.",
        "Honestly, {p}, you are killing it this season! 🔥",
    ),
}
