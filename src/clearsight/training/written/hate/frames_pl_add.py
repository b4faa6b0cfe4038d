"""More Polish hate-functionality frames, six per category, appended after the first ones.

Written after held-out measurement showed the Polish hate score ranking poorly on unseen frames:
these vary the register (osiedlowe grupy, wątki, nagłówki, rozmowy rodzinne), put stereotypes as
facts and "tylko pytam" questions beside explicit hate, and reuse the new insult words (pleśń, rój,
bydło, fałszywe towarzystwo, ludzie gorszej kategorii) in the non-hateful categories with the
opposite stance. Same conventions as ``frames_pl``: ``{i}`` stays nominative and never governs an
adjective or past-tense agreement; pronouns use ``ich``/``im``/``nich``/``nimi``.
"""

from __future__ import annotations

from collections.abc import Mapping

ADD: Mapping[str, tuple[str, ...]] = {
    "derogation": (
        "Powiedzmy sobie szczerze: {i} nic nie wnoszą do miasta {t}. Nic. Zero.",
        "Sprawdźcie statystyki: {i} kosztują nas tylko pieniądze i przynoszą same kłopoty.",
        "Wiecie, w czym problem? {i} to fałszywe towarzystwo do szpiku kości.",
        "xD {i} i uczciwa praca, te dwie rzeczy nigdy się nie spotkają 😂",
        "Grupa osiedlowa, miasto {t}: rower zniknął, szopa otwarta. Zgadnijcie kto. No jasne, {i}.",
        "Pytają mnie, czemu w mojej firmie nie pracują {i}. Bo to leniwe i niesłowne towarzystwo.",
    ),
    "dehumanisation": (
        "{i} to dla mnie stado bydła, nie ludzie. Idą jedno za drugim jak owce.",
        "{i} to pleśń: widać ją dopiero wtedy, gdy cały dom już gnije.",
        "Chwasty, oto czym są {i}. Rosną wszędzie i nie da się ich pozbyć.",
        "Dworzec w mieście {t} dziś: rój, a nie ludzie, wszędzie {i}. Zamykajcie okna 🦟",
        "Pół człowiek, pół zwierzę – oto, kim są {i}. Ani słowa mniej.",
        "To, jak żyją {i} w mieście {t}, to nie życie, tylko larwy w kuble na śmieci.",
    ),
    "threat_to_group": (
        "Cieszcie się, póki możecie, {i}. Długo to nie potrwa.",
        "{i} myślą, że w mieście {t} nic im nie grozi. Jeszcze się przekonają.",
        "Nikt nie będzie tęsknić, kiedy {i} w końcu znikną. A znikną.",
        "Przysięgam, jeszcze raz, a {i} poznają, co to jest prawdziwy gniew 👊",
        "Liczcie dni, {i}. My niczego nie zapominamy.",
        "Niech {i} śpią niespokojnie. Ich koniec nadchodzi.",
    ),
    "exclusion": (
        "Marzę o dniu, w którym {i} wyjadą z miasta {t} i już nigdy nie wrócą.",
        "Moje mieszkanie, moje zasady: {i} niech nawet nie dzwonią w sprawie wynajmu.",
        "Dlaczego {i} w ogóle mogą brać śluby i adoptować dzieci? Zabrać im to prawo.",
        "Dość tego: {i} niech wyjeżdżają, i niech nikt ich tu więcej nie wpuszcza.",
        "Petycja: {i} nie mogą zasiadać w radzie miasta {t}. Podpisujcie masowo!",
        "Przy kasie {i}, w okienku {i}... Nie da się ich po prostu usunąć z ulic?",
    ),
    "hate_question": (
        "Szczere pytanie: czemu zawsze robi się niebezpiecznie, gdy na ulicę wprowadzają się {i}?",
        "Naprawdę mamy dalej udawać, że {i} mają tyle samo rozumu co reszta?",
        "Pokażcie mi, gdzie {i} nie kłamią. Czekam. ⏳",
        "Jak długo jeszcze {i} będą zalewać miasto {t}, zanim ktoś coś z tym zrobi?",
        "Czemu {i} zawsze mają pierwszeństwo, skoro nic nie dają od siebie?",
        "Czy {i} naprawdę nie umieją myśleć, czy tylko grają, żeby dostać zasiłek?",
    ),
    "hate_opinion": (
        "Nazwijcie mnie staroświeckim, ale {i} nie budzą mojego zaufania i nigdy nie wzbudzą.",
        "Osobiście uważam, że {i} to najbardziej zakłamane towarzystwo na świecie.",
        "Wolno mi mieć zdanie? No to proszę: {i} to ludzie gorszej kategorii. Powiedziałem.",
        "Kontrowersyjna opinia: {i} psują każdą dzielnicę, w której się osiedlą. Dawajcie hejt.",
        "W moich oczach {i} to ludzie drugiej kategorii i żadne krzyki tego nie zmienią.",
        "Mało kto rozumie, jak bardzo {i} szkodzą miastu {t}. Ja rozumiem.",
    ),
    "hate_pronoun": (
        "W naszym bloku w mieście {t} mieszkają teraz {i}. Nie mówię im dzień dobry, to brudne "
        "towarzystwo i dobrze o tym wiedzą.",
        "Dziś widziałem, jak {i} demonstrują. Żałosne, nikt na nich nie czeka.",
        "Wątek o tym, czym są {i} 🧵 1/ Nie można im ufać. 2/ Kłamią. 3/ Patrz punkt 1.",
        "{i} dostaną w przyszłym tygodniu nagrodę w mieście {t}. Śmiechu warte, zasługują co "
        "najwyżej na pogardę.",
        "W szkole mojego syna uczą się {i}. Powiedziałem mu, żeby ich unikał, bo to hołota.",
        "W telewizji leciał dokument o tym, jak żyją {i}. Wyłączyłem, szkoda na nich czasu.",
    ),
    "negated_hate": (
        "Kto myśli, że {i} to lenie, niech spędzi z nimi jeden dzień w pracy. Bzdura.",
        "{i} to nie pleśń, nie rój i nie bydło. Taki język nie powinien mieć miejsca nigdzie.",
        "Od lat pracuję w mieście {t} w zespole, w którym są {i}, i nigdy nie spotkało mnie z ich "
        "strony nic fałszywego.",
        "Nie, {i} nie psują dzielnic. Liczby mówią coś zupełnie innego.",
        "Czy {i} to ludzie gorszej kategorii? Oczywiście, że nie. Nikt nim nie jest.",
        "Bajka o tym, że {i} kłamią i kradną, nigdy mnie nie przekonała.",
    ),
    "identity_positive": (
        "Najlepsi sąsiedzi, jakich miałem? {i}, bez dwóch zdań 🥰",
        "Dziś w muzeum w mieście {t} zobaczyłam, jak ważną część historii tworzą {i}. Robi "
        "wrażenie.",
        "Pozdrowienia dla was, {i} z naszego zespołu – bez was nic by tu nie działało 💪",
        "Na festynie w mieście {t} muzykę grają w tym roku {i}. Będzie czad!",
        "{i} zasługują na te same szanse, miłość i szacunek co każdy. Proste.",
        "Cieszę się, że moje dzieci dorastają na ulicy, gdzie {i} to po prostu sąsiedzi.",
    ),
    "identity_question": (
        "Jak {i} w mieście {t} zwykle świętują Nowy Rok?",
        "Czy to prawda, że w mieście {t} jest fundacja, którą prowadzą {i}? Ktoś zna adres?",
        "Pytanie do pracy zaliczeniowej: o jakich trudnościach mówią {i}, gdy opowiadają o pracy?",
        "Czy są jakieś podcasty, które nagrywają {i}? Szukam czegoś do pociągu 🎧",
        "Od ilu pokoleń {i} mieszkają w tym regionie, ktoś wie?",
        "Jakimi językami {i} w mieście {t} mówią najczęściej w domu?",
    ),
    "quoted_hate_counter": (
        "„{i} to ludzie gorszej kategorii” – przeczytałam to dziś pod filmikiem. Takie słowa "
        "ranią prawdziwych ludzi. Blokuj i zgłaszaj.",
        "Wujek powiedział na imieninach, że {i} to „fałszywe towarzystwo”. Spokojnie "
        "wytłumaczyłam mu, że to zwykłe uprzedzenie.",
        "Nie, {i} to nie żaden „rój” ani „bydło”. Kto używa takich słów, odczłowiecza.",
        "Do autora plakatu w mieście {t}, według którego {i} to „pleśń”: wstydź się. Stoimy "
        "murem za sąsiadami.",
        "„Liczcie dni, {i}” – takie groźby nie są śmieszne. Zgłaszajcie je, zawsze.",
        "Gdy ktoś mówi, że {i} „już tak mają”, pytam: co konkretnie masz na myśli? Zwykle zapada "
        "cisza.",
    ),
    "hate_report": (
        "Sąd w mieście {t}: prace społeczne dla mężczyzny, który pisał w sieci, że {i} to „ludzie "
        "drugiej kategorii”.",
        "Z nowej ankiety wynika, że {i} coraz częściej słyszą obelgi na ulicy.",
        "Burmistrz miasta {t} potępia naklejki z hasłem, że {i} „nie mają tu wstępu”.",
        "Platforma usunęła setki wpisów, w których pisano, że {i} to „pleśń”.",
        "Badacze przeanalizowali tysiące komentarzy: najczęściej pisze się w nich, że {i} to "
        "„lenie” i „kłamcy”.",
        "Nauczyciel z miasta {t} zawieszony po słowach, że {i} to „ludzie gorszej kategorii” – "
        "potwierdza dyrekcja szkoły.",
    ),
    "nonprotected_abuse": (
        "{n} to pleśń tego społeczeństwa, mówię, jak jest.",
        "Dlaczego ktoś jeszcze słucha, co mówią {n}? Banda fałszywych cwaniaków.",
        "Dla mnie {n} z miasta {t} mogą lecieć na Księżyc w jedną stronę. Hołota.",
        "Stada, wszędzie {n}. Bydło, które łazi jedno za drugim.",
        "{n} to ludzie drugiej kategorii i wolno to powiedzieć głośno.",
        "{n}? Fałszywe cwaniaki do szpiku kości. Nigdy nie róbcie z nimi interesów.",
    ),
    "object_abuse": (
        "Ta nowa aktualizacja to pleśń, wszystko się posypało.",
        "Ten odkurzacz to szmelc drugiej kategorii. Nigdy więcej tej marki.",
        "Co za fałszywy parkomat w mieście {t}: połyka monety i nie daje biletu 😤",
        "Moja ładowarka to bezużyteczny złom, najchętniej wyrzuciłbym ją przez okno.",
        "Nienawidzę poniedziałków. Dzień gorszej kategorii, powinien zostać zlikwidowany.",
        "Wi-fi w bibliotece w mieście {t}: wolne, zawodne i wkurzające do szpiku kości.",
    ),
    "person_abuse": (
        "{p}, nikt głupszy od ciebie nie chodzi po tej ziemi. Idź sobie.",
        "{p} to fałszywa żmija, sprzeda cię za miejsce parkingowe.",
        "Kto w ogóle zaprasza na imprezy kogoś takiego jak {p}? Nieznośna maruda.",
        "@{p} zamilcz wreszcie, nikt nie pytał o twoje zdanie 🙄",
        "{p} z miasta {t} to najgorszy współpracownik świata: leń, ślimak i wieczny spóźnialski.",
        "Serio, {p} to najbardziej irytujące stworzenie na tej planecie.",
    ),
    "profanity_benign": (
        "Jezu, jakie to ciasto jest dobre 😋",
        "Kurwa, kurwa, kurwa, uciekł mi pociąg. Trudno, następny za dziesięć minut.",
        "O w mordę, moja siostra się zaręczyła!! 💍",
        "Psiakrew, ta krzyżówka w gazecie jest dziś trudna.",
        "Cholera jasna, w mieście {t} pada śnieg! Sanki w dłoń!",
        "Zajebiście, mamy mieszkanie! W końcu!",
    ),
}
