/** Dutch phrase pools (Lindholm and Havenstad residents who answer in Dutch). */
import type { Pool } from './pool.ts';

export const NL: Pool = {
  'tourism/neg': [
    'De [drukte van toeristen|massa toeristen|toeristenmassa] [rond {landmark_l}|in de {street_l}|in het centrum] is [verschrikkelijk|vreselijk|slecht voor de buurt] en [ik mijd|wij mijden] het centrum [nu|in het weekend|de hele zomer].',
    '[Airbnb voor toeristen|Vakantieverhuur aan toeristen] [heeft {hood_l} kapotgemaakt|verdrijft de bewoners uit {hood_l}], [heel triest|echt erg|vreselijk].',
    '[Cruiseschepen|Touringcars] [dumpen|brengen] [elke dag|elke ochtend] [duizenden|hordes] toeristen en de stad voelt als een pretpark, [vreselijk|verschrikkelijk|triest].',
    'Mijn straat is [vergeven van|vol met] [souvenirwinkels|wafelkraampjes] voor toeristen en [dat maakt me boos|dat is triest|dat is vreselijk].',
    'Het toerisme [verpest|maakt] [de stad|onze binnenstad|het dagelijkse leven] [voor bewoners|voor ons] kapot, [verschrikkelijk|heel triest|slecht].',
    'Ik kan [op zaterdag|in de zomer] [niet meer|nauwelijks] door de {street_l} fietsen door de [toeristen|groepen toeristen], [heel irritant|verschrikkelijk].',
  ],
  'tourism/pos': [
    'Toeristen brengen [leven|werk|geld] in de stad en [ik vind de drukte gezellig|dat is goed voor de winkels].',
    'Ik [vind het leuk|geniet ervan] om [bezoekers|toeristen] {landmark_l} te laten zien, [ik ben trots op onze stad|ze zijn meestal heel vriendelijk].',
    'Het toerisme is [goed|prima|belangrijk] voor [de horeca|onze economie|de lokale winkels] en de meeste toeristen zijn [vriendelijk|aardig].',
  ],
  'tourism/neu': ['In de zomer zijn er veel toeristen bij {landmark_l}.'],
  'housing/neg': [
    'Een [betaalbare woning|huis|appartement] vinden is [onmogelijk|een nachtmerrie|hopeloos], [zeker|vooral] voor jonge mensen.',
    'De huurprijzen zijn [belachelijk|absurd|veel te hoog]: {flat_rent_local} voor een klein appartement in {hood_l}.',
    'Mijn [kinderen|vrienden] [kunnen|vinden] [hier niets betalen|geen woning] en [moeten|gaan] [wegtrekken|verhuizen], [heel jammer|triest].',
  ],
  'housing/pos': ['We hebben een [mooi|fijn|gezellig] huis in {hood_l} gevonden en [we zijn er heel blij mee|we wonen er heerlijk].'],
  'city_image/pos': [
    '{city} is een [prachtige|mooie|gezellige] stad met [veel karakter|een rijke geschiedenis] en [ik ben er trots op|ik woon hier graag].',
    'De [oude binnenstad|sfeer|architectuur] is [prachtig|heerlijk|uniek], [vooral|zeker] [rond {landmark_l}|\'s avonds|in de winter].',
  ],
  'city_image/neg': [
    'De campagnes van de stad zijn [nep|te gepolijst|alleen marketing]; het echte leven hier is [heel anders|helemaal niet zo].',
    'De stad [verkoopt zich|wordt verkocht] als een [openluchtmuseum|decor], [dat voelt nep|heel jammer|daar word ik moe van].',
  ],
  'culture_events/pos': [
    '{festival_l} is [geweldig|fantastisch|prachtig] en [de sfeer is heerlijk|iedereen komt naar buiten].',
    'Ik ga graag naar {museum_l} en {venue_l}, [echt leuk|heel fijn|prachtig].',
  ],
  'culture_events/neg': ['Er is [weinig|niets] te doen [voor jongeren|op zondag|in de winter], [saai|jammer|erg saai].'],
  'mobility/neg': ['[De bussen|Bus 1|Het openbaar vervoer] [rijden|rijdt] [slecht|te weinig|altijd te laat], [heel vervelend|slecht geregeld].', 'Parkeren is [een ramp|onbetaalbaar|onmogelijk] in {hood_l}.'],
  'mobility/pos': ['Fietsen [is heerlijk|gaat prima|is fijn] en alles is [dichtbij|op loopafstand], [heel fijn|top].'],
  'governance/neg': ['Het stadsbestuur [luistert niet|luistert niet naar bewoners] en [denkt alleen aan toeristen|doet alleen aan citymarketing], [teleurstellend|slecht].'],
  'governance/pos': ['De gemeente [luisterde|heeft goed geluisterd] naar de buurt over {street_l}, [heel fijn|goed zo].'],
  'cost_of_living/neg': ['Alles is [te duur|veel te duur|belachelijk duur] geworden, [zelfs|ook] een koffie op de Markt.'],
  'environment/pos': ['De [parken|groene plekken] en {park_l} zijn [prachtig|heerlijk|mooi] om te wandelen.'],
  'environment/neg': ['De straten rond {street_l} zijn [vies|smerig|vol afval] na het weekend, [vreselijk|jammer].'],
  'social_life/pos': ['De buren zijn [hartelijk|heel vriendelijk|gezellig] en [we helpen elkaar|er is een fijne buurtgemeenschap].'],
  'social_life/neg': ['[De buurt|Mijn buurt] [loopt leeg|is leeg] en ik voel me [eenzaam|alleen], [heel triest|jammer].'],
  'safety/pos': ['Ik voel me hier [heel|altijd] veilig, ook [\'s nachts|als ik laat naar huis fiets].'],
  'economy/neg': ['De [echte winkels|buurtwinkels] verdwijnen en er komen [alleen|steeds meer] [souvenirwinkels|wafelzaken] voor in de plaats, [triest|jammer].'],
  'family/pos': ['Het is een [fijne|goede|veilige] stad voor kinderen, [met goede scholen|heel fijn].'],
  'healthcare/neg': ['De wachttijden in het ziekenhuis zijn [veel te lang|slecht|belachelijk].'],
};

export const SHORT_NL: Pool = {
  'tourism/neg': ['Veel te veel toeristen, vreselijk.', 'Toeristen overal, vreselijk.', 'De drukte van de toeristen, verschrikkelijk.'],
  'tourism/pos': ['Gezellige drukte.'],
  'city_image/pos': ['De mooie binnenstad.', 'Prachtige stad.', 'Gezellig!'],
  'housing/neg': ['Betaalbaar wonen, onmogelijk.', 'Te dure huizen.'],
};

/**
 * Dutch hard cases (see en-hard.ts): complaints without a sentiment word, sarcasm, wishes that name a
 * lack, kindness in negative words, questions with their answer, contrast; keyed by what they mean.
 */
export const NL_HARD: Pool = {
  'tourism/neg': [
    '[Vier|Vijf] cruiseschepen [vandaag|op zaterdag]. Ik ben maar thuisgebleven.',
    'Gezellig hoor, weer een [wafelwinkel|souvenirwinkel] waar vroeger de bakker zat.',
    'Minder cruiseschepen en touringcars, graag. Er woont hier ook nog iemand.',
  ],
  'tourism/pos': ['Ik heb niks tegen toeristen: een Japans stel dat ik de weg wees naar {landmark_l}, stuurde me later een kaartje.', 'Nooit last gehad van de bezoekers in mijn straat.'],
  'tourism/mix': ['De meeste toeristen zijn heel vriendelijk, maar vijf cruiseschepen op één dag is te veel.'],
  'housing/neg': ['Dertig bezichtigingen, nul reacties.', 'Wie kan er nou {flat_rent_local} betalen voor twee kamers?', 'Bouw eerst betaalbare woningen voor jongeren.'],
  'housing/pos': ['Onze huisbaas heeft de huur in jaren niet verhoogd.'],
  'social_life/pos': ['Mijn buurvrouw bracht soep toen ik griep had.'],
  'city_image/neg': ['Gastvrije stad? Niet als je hier woont.', 'De stad in de folder herken ik niet.'],
  'mobility/neg': ['Meer bussen in de avond, graag. Na negen uur rijdt er niks meer.'],
  'governance/neg': ['Inspraakavond gehad. Het plan lag al klaar.'],
};
