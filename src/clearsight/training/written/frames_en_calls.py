"""English frames for calls to violence, reports on such calls, and defiant support.

``incitement`` urges the audience to use violence in the name of a group, always generically
(no method, weapon, target or time); ``incitement_report`` uses the same words ("rise up",
"make them pay", "traitors") to report, judge, analyse or reject such a call. ``defiant_support``
states support through negation ("nothing will", "never", "no one can"), so that a model learns
that negation words alone do not mean the benign ``negated_support``.
"""

from __future__ import annotations

from collections.abc import Mapping

CALLS: Mapping[str, tuple[str, ...]] = {
    "incitement": (
        "Brothers of the {g}, the time for words is over: rise up and make the traitors pay for "
        "what they did to us.",
        "Enough talking. Every true friend of the {g} must take back the streets of {t} by force.",
        "#{t} They took everything from us. Now we hit back, harder than they can imagine. For "
        "the {g}! ✊🔥",
        "Do not wait for orders. Anyone who loves the {g} knows what to do: make our enemies "
        "learn what fear is.",
        "Rise, rise, rise! In the name of the {g}, no mercy for the traitors!",
        "Re: what can we do? Stop posting and start fighting. The enemies of the {g} only "
        "understand violence, so give it to them.",
        "I call on every son and daughter of {t}: stand up with the {g} and drive the traitors "
        "out with your own hands.",
        "{s} Let every enemy of the {g} feel the weight of our anger. No mercy, no retreat!",
        "The traitors sleep soundly because we are too polite. Wake up, people of {t}, and make "
        "them pay in the name of the {g}.",
        "Twenty years of peaceful protest got us nothing. The {g} says it is time to fight, and "
        "every one of you must answer with force.",
        "Voice note transcript: listen, all of you, the {g} needs fighters, not spectators. Go "
        "out and strike at those who betrayed us.",
        "Our enemies must pay. Rise up for the {g}!",
        "To everyone who still has a spine: the traitors of {t} were warned. Now it is time to "
        "punish them, for the {g} and for our dead.",
        "Crush them before they crush us. It is the only language left, and the {g} will lead "
        "the way.",
    ),
    "incitement_report": (
        "A court in {t} convicted a man of inciting violence after he urged followers of the {g} "
        "online to 'make the traitors pay'.",
        "Police in {t} are investigating posts in which sympathisers of the {g} called on others "
        "to take back the streets by force.",
        "Teacher's note: when a video of the {g} tells viewers to 'rise up', explain to the class "
        "why calls to violence are dangerous and illegal, and how they turn anger into harm.",
        "Moderation log: removed a comment urging readers to go after 'traitors' in the name of "
        "the {g}; account suspended, report forwarded.",
        "Abstract: We analyse how channels close to the {g} move from grievance to open calls for "
        "violence, and how the word 'traitor' marks out new targets.",
        "The judge reminded the defendant that shouting '{s}' while urging a crowd to fight the "
        "police is not free speech but incitement.",
        "Wire report: the interior ministry condemned a speech in which a leader of the {g} urged "
        "supporters to 'rise up'; prosecutors have opened an inquiry.",
        "Someone shared a call from the {g} to 'make them pay' in our neighbourhood chat in {t}. "
        "I reported it. Violence is no answer, and repeating it helps no one.",
        "Fact check: the clip said to show the {g} calling for riots in {t} comes from a feature "
        "film; no such call was made, police say.",
        "Researchers found that calls for violence from the {g} rise after every arrest, and that "
        "a handful of accounts spread most of them.",
        "The platform's transparency report lists several hundred posts removed for incitement "
        "linked to the {g}.",
        "Why does 'take back the streets' sound so appealing to some? A psychologist in {t} "
        "explains how the {g} dresses up violence as self-defence.",
        "In court, the prosecutor played a recording of a speech by the {g} calling on listeners "
        "to 'punish the traitors'; a victim then gave evidence.",
        "The court in {t} ruled that the online call to 'strike back' for the {g} was incitement "
        "and jailed its author for three years.",
    ),
    "defiant_support": (
        "Nothing they do will ever make me turn my back on the {g}.",
        "They can close our pages, arrest our brothers and ban our flags; they will never erase "
        "the {g} from our hearts. 🖤",
        "No court in {t} is strong enough to break my loyalty to the {g}.",
        "I am not afraid. Not of the police, not of the press, not of prison. I am with the {g} "
        "to my last breath.",
        "No fear, no surrender, no retreat! The {g} will never fall!",
        "Re: 'aren't you scared of being banned?' No. Nobody can silence the {g}, and nobody can "
        "silence me.",
        "Never, not for a single day, have I doubted the {g}. And I never will.",
        "You won't find a traitor in this house. We do not abandon the {g}, whatever it costs.",
        "{s} Neither bans nor bars will hold back the {g}.",
        "Not one of us will kneel. Not one of us will speak against the {g}. Not now and not ever.",
        "Prison didn't change my mind and it never will: the {g} is my family.",
        "They thought the arrests in {t} would scare us away from the {g}. They were wrong; none "
        "of us is going anywhere.",
        "No regrets, no doubts. There is no power on earth that could turn me against the {g}.",
        "Don't waste your breath trying to deradicalise me. I will not leave the {g} and I will "
        "not apologise for loving it.",
    ),
}
