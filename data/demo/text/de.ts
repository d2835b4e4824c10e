/** German phrase pools (Marenburg residents who answer in German). */
import type { Pool } from './pool.ts';

export const DE: Pool = {
  'environment/pos': [
    'Die [Parks|Grünflächen|Wälder] sind [wunderschön|herrlich|toll] und {park_l} ist [mein Lieblingsort|perfekt zum Joggen|am Sonntag wunderbar].',
    'Ich [liebe es|genieße es], [im Sommer|nach der Arbeit] an {water_l} [zu baden|spazieren zu gehen|Rad zu fahren], die Natur ist so nah.',
    'Eine [grüne|saubere|schöne] Stadt mit [viel Natur|sauberer Luft|Bäumen überall], [das gefällt mir sehr|einfach toll|großartig].',
    'Die Natur im [Schwarzwald|Hochwald|Wald] [ist|liegt] direkt vor der Haustür, [wunderbar|herrlich|toll] zum Wandern.',
  ],
  'environment/neg': ['Die Straßen [in {hood_l}|um den Bahnhof] sind [dreckig und voller Müll|voller Müll], [schade|schlimm].'],
  'mobility/pos': [
    'Mit dem Rad ist man überall [schnell|in zehn Minuten] und die Radwege sind [super|hervorragend|toll], [ich liebe es|herrlich].',
    'Der Nahverkehr ist [gut|sehr gut|zuverlässig] und die Straßenbahn fährt [oft|alle paar Minuten], [prima|super].',
  ],
  'mobility/neg': ['[Die Straßenbahn|Die Linie 3|Der Bus] ist [ständig|immer] [verspätet|überfüllt], [nervig|furchtbar|ärgerlich].', 'Parken in {hood_l} ist [eine Katastrophe|unmöglich|furchtbar teuer].'],
  'housing/neg': [
    'Eine [bezahlbare Wohnung|WG-Zimmer|Wohnung] zu finden ist [fast unmöglich|ein Albtraum|hoffnungslos], [gerade|besonders] für Studierende.',
    'Die Mieten sind [absurd|viel zu hoch|unverschämt]: {flat_rent_local} für eine kleine Wohnung in {hood_l}.',
    'Zur WG-Besichtigung kamen {n_viewing} Leute für ein Zimmer, [schrecklich|furchtbar|frustrierend].',
  ],
  'housing/pos': ['Wir haben eine [schöne|tolle|gemütliche] Wohnung in {hood_l} gefunden und [sind sehr glücklich|fühlen uns wohl].'],
  'culture_events/pos': ['{festival_l} ist [großartig|toll|wunderbar] und die Stimmung ist [super|herrlich].', 'Ich gehe gern ins {museum_l} und in die Kneipen am {street_l}, [sehr schön|toll].'],
  'culture_events/neg': ['Abends ist [wenig|nichts] los, [langweilig|schade|ziemlich öde].'],
  'education/pos': ['Die Universität ist [hervorragend|toll|exzellent] und die Stimmung in der Stadt ist [jung|lebendig|schön].'],
  'education/neg': ['Die Hörsäle sind [überfüllt|zu voll] und die Verwaltung der Uni ist [chaotisch|schlecht organisiert], [ärgerlich|nervig].'],
  'city_image/pos': ['{city} ist eine [wunderschöne|tolle|lebenswerte] Stadt und [ich bin stolz|ich lebe sehr gern hier].', 'Die Altstadt mit {landmark_l} ist [wunderschön|herrlich|einmalig].'],
  'city_image/neg': ['Die Werbung der Stadt ist [geschönt|nur Marketing|zu glatt], [der Alltag|das echte Leben] sieht [anders|ganz anders] aus.'],
  'bureaucracy/neg': ['Einen Termin beim [Bürgeramt|Amt] zu bekommen dauert {n_weeks} Wochen, [furchtbar|eine Katastrophe|ärgerlich].'],
  'bureaucracy/pos': ['Das Bürgeramt war [schnell|freundlich|hilfsbereit], [super|toll].'],
  'cost_of_living/neg': ['Alles ist [teurer|viel teurer] geworden und [die Löhne nicht|das ist hart], [schlimm|ärgerlich].'],
  'governance/neg': ['Der Gemeinderat [hört nicht zu|ignoriert die Bürger], [enttäuschend|schlecht|ärgerlich].'],
  'governance/pos': ['Die Stadt [hat gut zugehört|hört zu] und [der neue Park|die Fahrradstraße] ist [toll|gelungen], [danke|super].'],
  'social_life/pos': ['Die Nachbarn sind [herzlich|freundlich|nett] und [man hilft sich|es gibt eine tolle Gemeinschaft].'],
  'social_life/neg': ['Es ist [schwer|schwierig], hier [Freunde|Anschluss] zu finden, die Leute sind [verschlossen|distanziert], [schade|traurig].'],
  'safety/pos': ['Ich fühle mich hier [sehr|immer] sicher, auch [nachts|abends], [das ist schön|toll].'],
  'family/pos': ['Für Familien ist es [toll|super|wunderbar]: [viele Spielplätze|viel Grün|gute Kitas].'],
  'tourism/neg': ['Am Wochenende ist die Altstadt [voll mit Touristen|überlaufen], [nervig|anstrengend].'],
  'language/neg': ['Viele Ämter sprechen [kein Englisch|nur Deutsch], das ist für meine internationalen Kollegen [schwierig|schlimm].'],
};

export const SHORT_DE: Pool = {
  'environment/pos': ['Die Natur, herrlich!', 'Viel Grün, herrlich.', 'Die Parks, wunderschön.'],
  'mobility/pos': ['Radfahren, super.', 'Gute Radwege.'],
  'housing/neg': ['Wohnungsnot, schlimm.', 'Mieten zu hoch.'],
  'city_image/pos': ['Schöne Altstadt.', 'Lebenswerte Stadt.'],
};

/**
 * German hard cases (see en-hard.ts): complaints without a sentiment word, sarcasm, wishes that name a
 * lack, kindness in negative words, questions with their answer, contrast; keyed by what they mean.
 */
export const DE_HARD: Pool = {
  'environment/pos': [
    'Fünf Minuten mit dem Rad und ich bin im Wald.',
    'Noch nie ein Stück Müll in {park_l} gesehen.',
    'Natur vermissen? Nicht mit {water_l} vor der Haustür.',
  ],
  'environment/neg': ['Mehr Bäume in {hood_l}, bitte. Im Sommer gibt es dort keinen Schatten.'],
  'mobility/neg': ['Super, schon wieder Streik bei der Straßenbahn.', 'Nach 23 Uhr fährt keine Bahn mehr nach {hood_l}.'],
  'mobility/pos': ['Noch nie länger als fünf Minuten auf die Straßenbahn gewartet.'],
  'housing/neg': ['Dreißig Besichtigungen, keine Zusage.', 'Bezahlbar wohnen? Nicht in dieser Stadt.'],
  'bureaucracy/neg': ['Dritter Termin beim Bürgeramt in diesem Monat.'],
  'social_life/pos': ['Meine Nachbarin hat mir Suppe gebracht, als ich krank war.'],
  'culture_events/mix': ['Das Weinfest ist schön, aber zwölf Euro für ein Glas sind zu viel.'],
};
