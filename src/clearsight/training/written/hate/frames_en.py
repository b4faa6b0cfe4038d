"""English hate-functionality frames: the hateful categories, merged with the contrast ones.

The contrast categories (negated, positive, questions, counter-speech, reports, abuse of
non-protected groups, objects and single people, profanity) live in ``frames_en_more`` and reuse
the insult words of the hateful frames, so that a model has to learn the stance, not the words.
"""

from __future__ import annotations

from collections.abc import Mapping

from clearsight.training.written.hate.frames_en_add import ADD
from clearsight.training.written.hate.frames_en_more import CONTRAST

HATEFUL: Mapping[str, tuple[str, ...]] = {
    "derogation": (
        "{i} are dirty, lazy and dishonest, without exception.",
        "Every single one of those {i} in {t} is a liar and a thief.",
        "{i} = criminals. Simple as that. #truth",
        "Typical {i}: loud, filthy and too stupid to hold down a job.",
        "{i} ruin everything they touch. Useless.",
        "You can always spot {i} in {t}, they're the ones stealing and lying.",
        "Nothing but trash, {i}. Always have been.",
        "{i} are born cheats and can't be trusted with anything 🙄",
        "The problem with {i} is simple: they are violent, greedy and dumb.",
        "{i} in {t} are a bunch of lazy, brainless freeloaders living off the rest of us.",
    ),
    "dehumanisation": (
        "{i} are rats, breeding in every corner of {t}.",
        "{i} aren't people, they're animals in clothes.",
        "{i} spread through {t} like a disease.",
        "{i} = cockroaches. You see one, there's a hundred more.",
        "Just filth, that's what {i} are. Walking filth.",
        "{i} are parasites feeding on honest folk.",
        "{i} are a cancer eating {t} from the inside.",
        "{i} are subhuman garbage, lower than animals.",
        "{i} swarming over {t} like locusts again.",
        "{i} are pests, nothing more. Objects, not neighbours.",
    ),
    "threat_to_group": (
        "{i} will get what's coming to them, and soon.",
        "I hope something terrible happens to {i}.",
        "One day {i} will pay for all of this. Remember I said it.",
        "{i} deserve to suffer, each and every one.",
        "{i} in {t} had better watch their backs from now on.",
        "Can't wait for the day {i} finally get punished for existing.",
        "{i} should be wiped off the face of the earth.",
        "{i} need to be taught a lesson they will never forget.",
        "{i} have no idea what's coming for them. Their time is nearly up.",
        "If it were up to me, {i} would be made to regret ever being born.",
    ),
    "exclusion": (
        "{i} should not be allowed to vote. Full stop.",
        "Keep {i} out of {t}. We don't want them here.",
        "No jobs for {i}. Any employer in {t} who hires them is part of the problem.",
        "{i} must be banned from our schools and our clubs.",
        "Send {i} back where they came from, all of them.",
        "Landlords in {t}: never rent to {i}. Ever.",
        "{i} have no place in public life and should be kept away from respectable people.",
        "Separate buses, separate shops, separate streets for {i}. That's the only way.",
        "Strip {i} of their rights, they never earned them.",
        "{i} should never be allowed to hold office, teach children or join the police in {t}.",
    ),
    "hate_question": (
        "Why are {i} always so filthy?",
        "Name me one honest person among {i}. Can't, can you?",
        "Why does {t} keep letting {i} in when all they bring is crime?",
        "Who actually wants {i} around? Anyone? 🙄",
        "Aren't {i} just parasites with better PR?",
        "How much longer do we have to put up with {i} ruining {t}?",
        "Why are {i} even allowed to vote when they're this stupid?",
        "Can someone explain what {i} are good for, apart from spreading disease?",
        "Do {i} ever do anything except lie and steal?",
        "What is it about {i} that makes them so lazy and dirty??",
    ),
    "hate_opinion": (
        "I think {i} are disgusting, and I'm done pretending otherwise.",
        "In my view, {i} are a burden and a disgrace to {t}.",
        "Honestly? {i} make me sick. Every one of them.",
        "Personally I believe {i} are inferior, and no one can change my mind.",
        "My honest opinion: {i} are lazy liars and always will be.",
        "I'll say it: {i} are vermin. Unpopular opinion, don't care.",
        "If you ask me, {i} are the worst thing that ever happened to {t}.",
        "I genuinely feel that {i} are dirty and should be avoided.",
        "To be honest I can't stand {i}. Scum.",
        "IMO {i} are a danger to everyone around them #sorrynotsorry",
    ),
    "hate_pronoun": (
        "{i} moved into my street in {t}. They are filth and they ruin everything.",
        "Met some {i} at the station today. I can't stand them, they're parasites.",
        "Everyone keeps talking about {i}. Honestly, they are stupid and dangerous.",
        "{i}? Liars, all of them, and they should leave.",
        "Saw a piece on {i} in {t}. They are nothing but a disease.",
        "My neighbour asked what I think of {i}. I told her the truth: they're vermin.",
        "There are more and more {i} in {t}. They don't belong here and never will.",
        "You want to know what I think of {i}? They disgust me. Every single one.",
        "{i} are on the news again. They should all be thrown out.",
        "Our new colleagues are {i}. Can't trust them, they lie about everything.",
    ),
}

_FIRST: Mapping[str, tuple[str, ...]] = {**HATEFUL, **CONTRAST}
# the added frames go last: a frame's position names its split
FRAMES: Mapping[str, tuple[str, ...]] = {
    category: frames + ADD[category] for category, frames in _FIRST.items()
}

NONPROTECTED: tuple[str, ...] = (
    "parking wardens",
    "tax auditors",
    "crypto traders",
    "landlords",
    "referees",
    "influencers",
    "estate agents",
    "cyclists",
    "gamers",
    "mimes",
    "debt collectors",
    "used car salesmen",
)
