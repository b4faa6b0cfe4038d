"""Spanish hate-functionality frames: hateful texts next to look-alike non-hateful ones.

Spanish needs an article before a plural subject and makes adjectives agree in gender, so the
identity fillers carry their article ("las mujeres", "los judíos") and the frames describe them
with invariant words (imbéciles, delincuentes), nouns (ratas, basura) or "gente ..."; no frame
starts with a filler after ¿ or ¡, which would stay in lower case. All text is fictional and
written for Clearsight.
"""

from __future__ import annotations

from collections.abc import Mapping

IDENTITIES: tuple[str, ...] = (
    "los musulmanes",
    "los judíos",
    "los cristianos",
    "los hindúes",
    "los ateos",
    "los gitanos",
    "las personas negras",
    "los árabes",
    "los polacos",
    "las mujeres",
    "las personas trans",
    "los gays",
    "las personas con discapacidad",
    "los migrantes",
    "los refugiados",
    "las personas sordas",
    "las lesbianas",
    "las personas bisexuales",
    "los sijs",
    "las personas asiáticas",
    "las personas mayores",
)

# the written data's invented towns and people, as in entities._LATIN_*
TOWNS: tuple[str, ...] = (
    "Karsholm",
    "Mirrowdale",
    "Tanvik",
    "Eldergate",
    "Lorwenby",
    "Ystrelle",
)

PEOPLE: tuple[str, ...] = (
    "Jorund",
    "Maelis",
    "Pim",
    "Odalys",
    "Teodric",
    "Sunniva",
)

NONPROTECTED: tuple[str, ...] = (
    "los vigilantes de la zona azul",
    "los inspectores fiscales",
    "los traders de criptomonedas",
    "los caseros",
    "los árbitros",
    "los influencers",
    "los agentes inmobiliarios",
    "los ciclistas",
    "los gamers",
    "los mimos",
    "los cobradores de morosos",
    "los youtubers",
)

FRAMES: Mapping[str, tuple[str, ...]] = {
    "derogation": (
        "{i} son gente sucia, vaga y mentirosa, y en {t} lo sabe todo el mundo.",
        "{i} son imbéciles. Sin más.",
        "Llevo años en {t} y lo tengo clarísimo: {i} no traen más que robos y estafas.",
        "{i} huelen fatal y lo dejan todo hecho un asco 🤢",
        "{i} son lo más inútil que existe, no sirven para nada.",
        "#{t} otra vez {i} liándola, panda de inútiles, como siempre",
        "{i} son delincuentes por naturaleza y ninguna educación lo va a cambiar.",
    ),
    "dehumanisation": (
        "{i} son ratas que se han extendido por todo {t}.",
        "{i} no son personas, son ganado.",
        "{i} son una enfermedad que pudre cualquier sociedad desde dentro.",
        "{i} son basura y hay que sacarla cuanto antes.",
        "{i} son parásitos que viven de chuparnos la sangre y se reproducen como conejos.",
        "{i} son el cáncer de {t} 🐀",
        "Date una vuelta por {t}: {i} por todas partes, como cucarachas.",
    ),
    "threat_to_group": (
        "{i} se van a arrepentir de haber nacido. Esto no va a quedar así.",
        "Ojalá {i} sufran tanto como nos hacen sufrir a nosotros.",
        "Aviso para {i}: tenéis los días contados.",
        "Espero que algún día {i} reciban lo que se merecen, y que les duela mucho.",
        "Pronto {i} sabrán lo que es el miedo de verdad.",
        "Ojalá desaparezcan {i} de la faz de la tierra, y cuanto más despacio, mejor.",
        "{i} solo merecen dolor. Que se enteren.",
    ),
    "exclusion": (
        "{i} no deberían poder votar. En ninguna elección.",
        "{i} no deberían trabajar en nuestras escuelas ni en nuestros hospitales.",
        "Aquí {i} sobran. Fuera de {t}, y punto.",
        "Los pisos de {t}, solo para los de aquí; {i} que busquen casa en otra parte.",
        "{i} deberían vivir aparte, en sus propios barrios, lejos de la gente normal.",
        "Propongo una ley: {i} no podrán comprar terrenos ni abrir negocios en {t}.",
        "Fuera del país {i}, ya. Cerrar fronteras y quitarles la nacionalidad.",
    ),
    "hate_question": (
        "¿Por qué {i} lo ensucian todo y nunca dan ni golpe?",
        "¿Alguien ha visto alguna vez que {i} trabajen honradamente? 🙄",
        "¿De verdad {i} son mejores que las ratas en algo?",
        "¿Saben hacer algo {i} aparte de robar?",
        "A ver, que alguien me lo explique: ¿para qué queremos a {i}? ¿Qué aportan aparte de "
        "problemas?",
        "¿Desde cuándo {i} cuentan como personas?",
        "¿Hasta cuándo vamos a mantener a {i} con nuestros impuestos?",
    ),
    "hate_opinion": (
        "Creo que {i} son una vergüenza para {t}.",
        "Para mí {i} son parásitos, y nadie me va a convencer de lo contrario.",
        "¿Sinceramente? Pienso que {i} son lo peor que le ha pasado a esta ciudad.",
        "Mi opinión personal: {i} tienen menos cerebro que un animal.",
        "A mi modo de ver, {i} son escoria y nada más.",
        "Me da la impresión de que {i} mienten siempre y en todo, lo llevan en la sangre.",
        "Lo digo claro porque es lo que pienso: {i} no merecen ni respeto ni compasión.",
    ),
    "hate_pronoun": (
        "En nuestra calle de {t} se han instalado {i}. Lo ensucian todo, hacen ruido y roban todo "
        "lo que pillan.",
        "Ayer en el autobús iban {i}. Son peores que los animales.",
        "{i} han abierto un centro nuevo en la plaza. Ojalá les cierren el chiringuito pronto, "
        "menuda plaga.",
        "Ahora en {t} trabajan {i}. No se les puede confiar nada: mienten siempre.",
        "Los vecinos de mi portal: {i}. Solo traen peste y basura.",
        "En las noticias otra vez {i}. Me dan asco, no son personas, son basura.",
        "¿Sabéis quién se ha mudado a la casa de enfrente? Adivinad: {i}. Son como cucarachas: "
        "llega uno y detrás vienen cien.",
    ),
    "negated_hate": (
        "{i} no son gente sucia ni vaga; eso es un estereotipo lleno de odio.",
        "Jamás diría que {i} son parásitos. Son personas como cualquiera.",
        "Es falso que {i} roben o estafen más que nadie.",
        "{i} no son ratas ni ninguna plaga: son parte del vecindario de {t}.",
        "Nadie en su sano juicio piensa que {i} sean imbéciles.",
        "{i} no merecen odio. Punto.",
        "Es mentira que {i} sean delincuentes por naturaleza.",
        "Mi experiencia es sencilla: {i} no mienten ni roban más que cualquier otro.",
        "No creo que {i} sean un peligro. Nunca lo he creído.",
        "{i} no son ninguna plaga ni ninguna amenaza: son gente con sus propias preocupaciones, "
        "como todo el mundo.",
    ),
    "identity_positive": (
        "Con {i} el barrio de {t} es un sitio mucho mejor para vivir ❤️",
        "Me encanta cómo {i} de mi barrio organizan fiestas para todo el mundo.",
        "{i} son gente lista, amable y trabajadora; me alegra vivir cerca.",
        "¡Gracias de corazón! Sin {i} el centro de voluntariado de {t} no habría salido adelante.",
        "Desde que {i} se unieron al club de fútbol, el equipo es más fuerte y está más unido.",
        "Sinceramente, {i} son de la gente más generosa que conozco.",
        "¡Cuánta música, comida y risas traen {i} a {t}! 🎉",
        "{i} de nuestro barrio salvaron la protectora de perros cuando el ayuntamiento de {t} no "
        "tenía dinero 🐶",
        "Qué orgullo: {i} de {t} han abierto una biblioteca gratuita para niños.",
        "Mis mejores recuerdos de infancia son con los vecinos: {i} de la casa de al lado siempre "
        "nos invitaban a merendar.",
    ),
    "identity_question": (
        "¿Qué porcentaje de la población de {t} son {i}?",
        "¿Dónde pueden conseguir {i} asesoría legal gratuita en {t}?",
        "¿Cómo valoran {i} el nuevo programa municipal de vivienda?",
        "¿Participaron {i} en el debate sobre el nuevo parque?",
        "¿Qué opinan {i} de {t} sobre la reforma del transporte público?",
        "Pregunta para quien sepa: ¿{i} de nuestra región viven más en ciudades o en pueblos?",
        "¿Cuáles son los problemas que más mencionan {i} en las encuestas de vivienda?",
        "¿Es verdad que {i} van a abrir un centro cultural en {t}?",
        "¿Dónde puedo leer entrevistas en las que {i} hablen de su vida en {t}?",
        "¿Cómo llegan ahora {i} al trabajo, con el puente cerrado?",
    ),
    "quoted_hate_counter": (
        "Otra vez con lo de «{i} son parásitos». No. Es mentira y da vergüenza repetirla.",
        "Dejad de escribir que {i} son gente vaga y sucia. No es verdad y lo sabéis.",
        "Alguien ha vuelto a pegar carteles en {t} que dicen «{i} roban». No estamos de acuerdo: "
        "nuestros vecinos merecen respeto.",
        "Decir que {i} no son personas sino ganado no es «una opinión», es odio. No os calléis.",
        "Eso de que {i} son una enfermedad es una mentira vieja que ya toca enterrar.",
        "La frase «{i} son imbéciles» no dice nada de ese colectivo y dice muchísimo de quien la "
        "escribe.",
        "Me escriben: «{i} son ratas». Mi respuesta: es gente a la que quiero, y aquí el odio no "
        "pasa.",
        "No quiero volver a ver la frase «{i} son escoria» en este grupo. Es odio, y punto.",
        "Quien escribe que {i} no dan golpe y roban solo repite una mentira ajena. Comprobad los "
        "datos.",
        "¿Hasta cuándo? Un día «{i} son una plaga», otro día «{i} son ratas». Basta ya. Son "
        "personas, no dianas.",
    ),
    "hate_report": (
        "La policía de {t} investiga unas pintadas con el lema «{i} son parásitos» aparecidas en "
        "los muros de un colegio.",
        "El tribunal juzga a un bloguero que publicó que {i} son «basura que roba».",
        "Un estudio revela que las publicaciones con la frase «{i} son una enfermedad» se "
        "difunden más rápido que las noticias neutras.",
        "En una concentración en {t} se corearon gritos de «{i}, fuera», y la fiscalía ha citado "
        "a los organizadores.",
        "Organizaciones de derechos humanos registran un aumento de comentarios en los que se "
        "llama «ratas» a {i}.",
        "Un concejal de {t} pide disculpas por afirmar que {i} son «delincuentes por naturaleza».",
        "Condenado a una pena de cárcel suspendida el autor de unos panfletos que decían que {i} "
        "«no merecen vivir aquí».",
        "Detenido en {t} un hombre que gritaba «{i} son ratas» en el mercado.",
        "Un estudio sociológico revela que casi un tercio de los encuestados ha visto en redes "
        "mensajes como «{i} roban y mienten».",
        "Los moderadores eliminan un grupo en el que se publicaban mensajes como «{i} deben "
        "desaparecer», según un diario local de {t}.",
    ),
    "nonprotected_abuse": (
        "{n} son unos parásitos imbéciles, siempre metiéndose donde nadie los llama.",
        "{n} de {t} son todos unos chorizos y unos vagos.",
        "Lo que más odio: {n}. Basura, no personas.",
        "Sinceramente, {n} son ratas asquerosas 🐀 ojalá los echen a todos de {t}.",
        "¿Por qué {n} son siempre tan idiotas y tan chulos?",
        "Y {n}, qué decir: un rebaño de borregos sin cerebro ni vergüenza.",
        "Para mí {n} son lo peor del mundo: mienten y roban.",
    ),
    "object_abuse": (
        "Esta impresora es una basura total, la odio con toda mi alma.",
        "Qué asco de tiempo hace hoy en {t}, de verdad.",
        "El tren lleva cuarenta minutos de retraso otra vez. Una vergüenza de servicio.",
        "La nueva actualización de la app es estúpida e inútil, ¡devolvednos la versión de antes!",
        "Este café sabe a agua de charco 🤮",
        "Odio este portátil. Se cuelga, se calienta, va lentísimo... una chatarra.",
        "La sopa del comedor hoy era un veneno, una porquería como pocas.",
    ),
    "person_abuse": (
        "{p}, eres un desastre andante y lo sabe todo el mundo.",
        "{p} es un cero a la izquierda, lo estropea todo.",
        "Oye, {p}, tienes menos luces que un apagón; no me escribas más.",
        "Lo que dice {p} es una sarta de tonterías. Qué pocas luces.",
        "{p}, eres una vergüenza, mejor cállate.",
        "{p} miente más que habla. Menudo caso.",
        "{p}, tienes serrín en vez de cerebro 🙄",
    ),
    "profanity_benign": (
        "¡Joder, hemos ganado! 🎉",
        "Mierda, otra vez me he dejado las llaves en casa.",
        "¡Hostia, qué atardecer más bonito hay hoy sobre {t}!",
        "Me cago en la leche, qué calor hace, no aguanto más.",
        "Coño, por fin he aprobado el examen, ¡no me lo creo!",
        "Puto plazo de entrega, joder, no llego.",
        "Vaya mierda de viernes. Bah, a la mierda todo, me voy a dormir.",
    ),
}
