"""Polish contrast frames: the same insult words and identity terms without hate.

Negations, warm statements, neutral questions, counter-speech and news reports use the identity
terms as often as the hateful frames do; abuse of non-protected groups, objects and single people
reuses the hateful insults, so that a model has to learn the stance, not the words.
"""

from __future__ import annotations

from collections.abc import Mapping

CONTRAST: Mapping[str, tuple[str, ...]] = {
    "negated_hate": (
        "{i} to nie żadna brudna i leniwa hołota, a kto tak mówi, nie zna nikogo z nich.",
        "Nigdy nie powiem, że {i} to pasożyty. To kłamstwo, i to okrutne.",
        "To nieprawda, że {i} mają przestępczość we krwi.",
        "{i} to nie szczury, nie plaga i nie śmieci. To ludzie.",
        "Nikt tutaj nie uważa, że {i} mają stracić prawo głosu.",
        "Nie jest prawdą, że {i} przynoszą miastu {t} tylko zacofanie.",
        "{i} nie zasługują na cierpienie, ani w mieście {t}, ani nigdzie indziej.",
        "Żeby było jasne: {i} to nie żadne zagrożenie, nie żaden problem i nie żadna zaraza.",
    ),
    "identity_positive": (
        "{i} są częścią miasta {t} od pokoleń i dzięki temu to miejsce jest lepsze.",
        "W sobotę {i} organizują w mieście {t} kiermasz charytatywny. Wpadnijcie, warto ❤️",
        "{i} mieszkają obok nas, pracują z nami, przyjaźnią się z nami. Dobrze, że was mamy!",
        "Wolontariat, który {i} prowadzą w schronisku w mieście {t}, jest po prostu piękny 🙏",
        "{i} wnoszą tyle dobrego: jedzenie, muzykę, nowe pomysły.",
        "Ogromny szacunek za to, że {i} otwarcie mówią o dyskryminacji.",
        "Dzięki wam to miejsce jest bardziej ludzkie – {i} z miasta {t}, wasze zdrowie!",
        "{i} z miasta {t} zbierają dary dla powodzian i pomagają każdemu. Duma! 💛",
    ),
    "identity_question": (
        "Jaką część mieszkańców miasta {t} stanowią {i} według ostatniego spisu?",
        "Ktoś wie, czy {i} obchodzą w grudniu jakieś tradycyjne święto?",
        "Jakie stowarzyszenia prowadzą {i} w mieście {t}?",
        "Od kiedy {i} mieszkają w Polsce? Szukam dobrej książki na ten temat.",
        "Czy {i} w mieście {t} angażują się w lokalną politykę? Pytam z ciekawości.",
        "Czy są jakieś badania o tym, jak {i} szukają pracy?",
        "Szczere pytanie: jak {i} z miasta {t} przygotowują się do wyborów osiedlowych?",
        "Polecicie jakieś książki, w których {i} opowiadają o swoim życiu?",
    ),
    "quoted_hate_counter": (
        "Mówienie, że {i} to brudna i leniwa hołota, to czyste uprzedzenie. Dość.",
        "Ktoś napisał: „Tak naprawdę {i} to szczury”. Serio? Takie zdania odczłowieczają "
        "prawdziwych ludzi.",
        "Przestańcie pisać, że {i} to pasożyty. To nie opinia, to nienawiść.",
        "Widziałem wpis, że {i} nie mogą mieć prawa głosu. Nie, nie i jeszcze raz nie: prawa są "
        "dla wszystkich.",
        "Kto powtarza, że „{i} mają przestępczość we krwi”, powtarza stare kłamstwo.",
        "Za każdym razem, gdy ktoś w mieście {t} mówi, że {i} to zaraza, odpowiadam: to ludzie, "
        "którzy mieszkają obok nas.",
        "Ktoś wrzucił wpis „{i} jeszcze słono zapłacą”. Zgłosiłem go, zgłoś i ty.",
        "Wciąż są ludzie, którzy twierdzą, że {i} to robactwo. Nieprawda. Dość tego "
        "odczłowieczania.",
    ),
    "hate_report": (
        "Policja w mieście {t} bada napisy na murach głoszące, że {i} to „robactwo”.",
        "Sąd w mieście {t} skazał mężczyznę, który pisał w sieci, że {i} to „nie ludzie”.",
        "Badanie: rośnie liczba komentarzy, według których {i} to „pasożyty”.",
        "Według świadków napastnik krzyczał, że {i} to „śmieci”, zanim został zatrzymany w "
        "mieście {t}.",
        "Prokuratura w mieście {t} wszczęła śledztwo w sprawie ulotek, według których {i} mają "
        "„wynosić się z kraju”.",
        "Roczny raport: w mieście {t} zgłoszono 40 przypadków mowy nienawiści, których ofiarami "
        "są {i}.",
        "Podczas rozprawy prokuratorka odczytała wiadomości, w których pisano, że {i} „zasługują "
        "na cierpienie”.",
        "Kamera nagrała mężczyznę, który na placu w mieście {t} krzyczał, że {i} to „robactwo” – "
        "podaje policja.",
    ),
    "nonprotected_abuse": (
        "{n} to brudna, leniwa i zakłamana hołota, całe miasto {t} o tym wie.",
        "{n} to szczury. Pasożyty żyjące z naszych pieniędzy.",
        "{n}? Banda nierobów, co do jednego.",
        "{n} z miasta {t} to największe śmieci w okolicy, bez wyjątku.",
        "Szczerze mówiąc, {n} to plaga. Są do niczego.",
        "Dlaczego {n} są zawsze tacy głupi? Serio nie rozumiem 🙄",
        "Nienawidzę ich, serio: {n} to zwykłe szkodniki.",
        "Gdzie {n}, tam hałas, syf i kłamstwa. Są do niczego.",
    ),
    "object_abuse": (
        "Ta drukarka to kompletny szmelc, nienawidzę jej.",
        "Pociąg do miasta {t} znowu spóźniony. Obrzydliwa obsługa, wstyd i hańba.",
        "Ale dziś zabójczy upał w mieście {t}, to lato to jakaś plaga.",
        "Ta nowa aplikacja banku to rak, zawiesza się co pięć minut.",
        "Jedzenie w barze na dworcu w mieście {t}: tłuste, zimne i obrzydliwe. Nigdy więcej.",
        "Mój laptop to złom. Wolny, głupi i głośny.",
        "Deszcz, korki i remont głównej ulicy w mieście {t}. Co za paskudny dzień.",
        "Nienawidzę tego paskudnego deszczu, który w mieście {t} w ogóle nie przestaje padać.",
    ),
    "person_abuse": (
        "{p}, jesteś kompletnym zerem, nikt już nie może słuchać twoich żartów.",
        "{p} to tępa dzida. Nie umie nawet włączyć komputera.",
        "{p}, zamknij się wreszcie. Nie da się ciebie słuchać.",
        "{p} z miasta {t} to największa żenada w grupie, serio.",
        "Serio, {p}, twój mózg jest na urlopie?",
        "{p} gada same bzdury. Żałosne.",
        "Nikt w mieście {t} nie działa mi na nerwy tak jak {p}.",
        "{p}, spadaj na drzewo, ty chodząca katastrofo.",
    ),
    "profanity_benign": (
        "Kurwa mać, zdany egzamin! 🎉",
        "Ja pierdolę, co za mecz wczoraj w mieście {t}!",
        "Cholera, znowu zapomniałem kluczy.",
        "O kurde, jaki piękny widok ze wzgórza nad miastem {t}.",
        "Ja pierdzielę, ale się wystraszyłem!",
        "Nareszcie piątek, do cholery! Wieczorem piwo w mieście {t}.",
        "Kurde, co za gol! Do teraz nie mam głosu.",
    ),
}
