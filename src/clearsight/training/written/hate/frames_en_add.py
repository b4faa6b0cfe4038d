"""More English hate-functionality frames, appended after the first ones of each category.

Written to differ in structure from ``frames_en`` and ``frames_en_more``: stereotypes stated as
facts, "just asking" questions, threats by innuendo, slang and thread replies on the hateful
side; corrections, neutral "why" questions, quoted insults and news wording on the contrast
side, all reusing the hateful vocabulary (leeches, vermin, swarm, breed crime). Frames
are appended, never inserted, because a frame's position names its split. ``{i}`` is a plural
identity noun usable as a subject; ``{t}`` a town, ``{n}`` a non-protected group, ``{p}`` a person.
"""

from __future__ import annotations

from collections.abc import Mapping

ADD: Mapping[str, tuple[str, ...]] = {
    "derogation": (
        "Grew up next to {i}. Learned early that they smile at you and rob you blind the minute "
        "you turn around.",
        "fun fact: {i} have never built anything worth keeping. not one thing.",
        "Mate, {i} being dishonest isn't a stereotype, it's just observation.",
        "Hiring manager here. {i} are the worst applicants by far: sloppy, arrogant, always late.",
        "{i} lower the tone of any street they move into. Look at {t}.",
        "It's not hate to notice that {i} are greedy and two-faced. It's pattern recognition 🤷",
        "Headline should read: {i} once again prove they are incapable of basic decency.",
        "Ever been stuck on a bus full of {i}? The noise, the smell, the entitlement. Never again.",
    ),
    "dehumanisation": (
        "The {i} infestation in {t} gets worse every year. Where's pest control when you need it?",
        "{i} have the brains of livestock and the manners to match.",
        "lol who let the {i} out of their pen again",
        "Calling {i} human is generous. They're closer to mould: creeping, spreading, rotting "
        "everything.",
        "You don't reason with {i}, same as you don't reason with a tick. You just get it off you.",
        "{i} are a swarm, not a community.",
        "Watching {i} at the {t} market is like a nature documentary about scavengers.",
        "{i}: soulless leeches in human skin.",
    ),
    "threat_to_group": (
        "Enjoy it while it lasts, {i}. Your luck is about to run out.",
        "Mark my words: {i} will be begging for mercy before this is over.",
        "The moment people wake up, {i} are finished. Every last one.",
        "{i} should be very, very afraid of what's coming.",
        "Keep pushing, {i}. See what happens. 😡",
        "There's going to be a reckoning for {i}, and nobody will lift a finger to save them.",
        "Dear {i}: we know exactly who you are. Sleep well 🙂",
        "Any {i} reading this: you won't be safe much longer.",
    ),
    "exclusion": (
        "Proposal for the {t} council: no housing, no school places, nothing at all for {i}.",
        "Should {i} get a say in how this country is run? No. Take the vote off them.",
        "Members only means members only. And no, {i} can't join. Never could, never will.",
        "If I ran {t}, {i} would be shown the door on day one.",
        "Close the borders to {i} and deport the ones already here.",
        "Our gym in {t} is finally free of {i}. Let's keep it that way.",
        "{i} in the army? In government? Around kids? Absolutely not.",
        "Sign the petition: {i} out of our schools, councils and hospitals 🚫",
    ),
    "hate_question": (
        "Genuine question, not being funny: why do {i} commit so much crime?",
        "Has anyone ever met one of those {i} who wasn't a scrounger? Asking for a friend.",
        "So we're just supposed to pretend {i} aren't wrecking {t}? Really?",
        "Is it just me or do {i} breed faster than rats?",
        "At what point do we admit {i} can't be civilised?",
        "Why should my taxes pay for {i} who hate us?",
        "Would you trust {i} with your kids? Thought not.",
        "Just asking questions here... why are {i} so obsessed with taking over everything? 🤔",
    ),
    "hate_opinion": (
        "Call me old-fashioned but I believe {i} are a stain on this country.",
        "Hot take: {i} are the reason {t} went downhill.",
        "Nobody will say it out loud so I will. I despise {i}.",
        "Not gonna lie, {i} give me the creeps. Always have.",
        "The way I see it, {i} are freeloaders who contribute nothing.",
        "Years of living in {t} have convinced me: {i} are rotten to the core.",
        "Sorry but I feel physically ill around {i} 🤢",
        "Reckon {i} are the most worthless people alive, and that's my final word.",
    ),
    "hate_pronoun": (
        "More {i} opened a shop on our high street. Give it a year and they'll have wrecked the "
        "place like they always do.",
        "Had a chat about {i} with my dad. His verdict: they're leeches, and he's right.",
        "{i} keep asking for respect. They've done nothing to earn it and never will.",
        "Read the comments about {i} under that article? Spot on. They're poison.",
        "Look at {i} in {t}. That lot breed trouble wherever they go.",
        "Our landlord rents to {i} now. Hope he enjoys the mess they'll leave, the animals.",
        "Those {i} on the bus this morning again. Ugh. Loud and smelly, the lot of them.",
        "The council wants to 'consult' {i}. Why? Their only talent is complaining.",
    ),
    "negated_hate": (
        "Nothing about {i} makes them dangerous. Nothing.",
        "{i} aren't leeches or scroungers; most of the ones in {t} pay more tax than I do.",
        "I used to think {i} were lazy. Then I actually got to know some. I was wrong.",
        "It's simply not true that {i} breed crime. Check the figures.",
        "Never once have the {i} on my street been anything but decent.",
        "{i} don't deserve threats. Not from you, not from anyone.",
        "Say what you like, but {i} are not vermin and never were.",
        "Nah, {i} aren't wrecking {t}. The potholes are, though 😂",
    ),
    "identity_positive": (
        "Half the nurses on our ward are {i} and honestly the place would fall apart without them.",
        "Huge congratulations to the {i} who won the {t} baking contest! 🏆",
        "{i} taught me more about kindness than any book ever did.",
        "Photo thread: {i} at the {t} spring market, all smiles ☀️",
        "Can we talk about how funny and sharp the {i} in my book club are?",
        "Local heroes: {i} in {t} raised thousands for the children's hospital.",
        "Welcome, {i}. {t} is your home too.",
        "Grew up next to {i}. Best childhood memories, best home cooking, best people.",
    ),
    "identity_question": (
        "Quick q: is the {t} library running anything for {i} this month?",
        "How do {i} in {t} feel about the new housing plan?",
        "Any {i} here who could tell me about their experience of job hunting?",
        "What languages do {i} in {t} usually speak at home?",
        "Do employers in {t} make reasonable adjustments for {i}?",
        "Which podcasts made by {i} would you recommend?",
        "Why did so many {i} move to {t} in the 1990s? Trying to understand the local history.",
        "Are {i} more likely to be targeted online? Looking for research.",
    ),
    "quoted_hate_counter": (
        '"{i} breed crime" is the kind of lie that gets people hurt. Call it out.',
        "The 'just asking questions' crowd keeps asking why {i} are 'so dirty'. It's not a "
        "question, it's a smear.",
        "Screenshot of someone calling {i} 'leeches'. Sharing so you see what hate looks like. "
        "Report and block.",
        "My grandmother used to say {i} were 'born thieves'. She was wrong, and I told her so.",
        "If your 'joke' is that {i} are animals, it's not a joke. It's dehumanisation.",
        "'{i} out of {t}' will never be this town's message. We'll paint over it every time.",
        "Whoever said {i} 'deserve what's coming': threatening people isn't politics. It's hate.",
        "You say {i} are 'a swarm'. They're people. Try talking to one.",
    ),
    "hate_report": (
        "Breaking: {t} man charged after online posts calling for {i} to be 'driven out'.",
        "The report documents 312 incidents in which {i} were called 'animals' or 'parasites'.",
        "A football club in {t} has banned a fan for chanting that {i} are 'scum'.",
        "Moderators removed 40,000 comments calling {i} 'vermin' last year, the platform said.",
        "Witnesses told the court the group shouted that {i} 'have no place' in {t}.",
        "A local MP condemned flyers claiming {i} 'breed crime', calling them hateful.",
        "Survey: one in three {i} in {t} say they have received threats online.",
        "Interview: {i} describe being told to 'go back' while shopping in {t}.",
    ),
    "nonprotected_abuse": (
        "Genuine question: why are {n} such greedy leeches?",
        "{n} out of {t}! Nobody wants you here, you bloodsucking vultures.",
        "Hot take: {n} are the most worthless people alive.",
        "Met a couple of {n} at a party once. Slimy, smug, brain-dead.",
        "{n} are a plague on {t} and I'm sick of pretending otherwise.",
        "Would you trust {n} with your wallet? Filthy thieves, every one.",
        "I despise {n}. Rotten to the core, the lot of them.",
        "lol {n} are basically cockroaches with business cards",
    ),
    "object_abuse": (
        "This umbrella is a disgrace. Broke in the first gust of wind in {t}. Trash.",
        "Whoever designed this self-checkout is pure evil. Stupid, stupid machine.",
        "Spreadsheets are the vermin of office life and I will die on this hill.",
        "Why is the wifi in {t} so pathetic? Dial-up in 1998 was faster.",
        "Dear toaster: you are a worthless, lying parasite. You said 'golden', you meant "
        "'charcoal'.",
        "This bus is a rolling pigsty 🤢 #{t}",
        "Worst. Film. Ever. Two hours of brainless garbage.",
        "The new motorway junction outside {t} is a cancer on the landscape.",
    ),
    "person_abuse": (
        "Reply to {p}: nobody cares, you greasy little weasel.",
        "Imagine being as dense as {p}. Couldn't be me.",
        "{p} took my parking spot AGAIN. Absolute leech of a human being.",
        "Has anyone else noticed {p} is a two-faced snake? 🐍",
        "{p}, do us all a favour and stop talking. You're embarrassing yourself.",
        "Worst referee in {t} history: {p}. Blind, biased and brain-dead.",
        "Why is {p} such a spineless coward? Genuine question.",
        "Dated {p} for a month. Lying, vain, filthy slob. Dodged a bullet.",
    ),
    "profanity_benign": (
        "Fucking finally, the heating works again 🙌",
        "Well shit, that's the best pizza in {t}, no contest.",
        "Damn right I'm proud of my little sister, she passed her driving test!",
        "Holy crap, look at the size of that dog 😂",
        "Pissing down in {t} again. Love it here anyway.",
        "Hell yeah, three-day weekend!!",
        "Son of a bitch, I stubbed my toe on the same chair twice.",
        "That goal was bloody magnificent. What a player.",
    ),
}
