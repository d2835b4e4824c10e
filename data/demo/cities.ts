/** The three fictional demo cities: names, places and prices that phrase templates fill in. */

export type LocalLang = 'nl' | 'de';

export type CityProfile = {
  name: string;
  slug: string;
  country: string;
  /** Language of the locals; answers in it are written in that language. */
  local: LocalLang;
  localLanguageName: string;
  demonym: string;
  hoods: string[];
  streets: string[];
  festivals: string[];
  museums: string[];
  venues: string[];
  foods: string[];
  parks: string[];
  water: string;
  landmarks: string[];
  university: string;
  transit: string[];
  /** Offices where permits and registration happen. */
  offices: string[];
  employers: string[];
  /** Monthly rent ranges in euros: a room and a studio/flat. */
  roomRent: [number, number];
  flatRent: [number, number];
  hashtags: string[];
  officialAccount: string;
  /** The same places as locals name them, for Dutch/German sentences (German ones in the dative after "in"/"an"). */
  localNames: { hoods: string[]; streets: string[]; parks: string[]; landmarks: string[]; festivals: string[]; museums: string[]; venues: string[]; water: string };
  /** Plausible fake survey metadata (proves the privacy drop). */
  ipPrefix: string;
  lat: number;
  lon: number;
};

export const HAVENSTAD: CityProfile = {
  name: 'Havenstad', slug: 'havenstad', country: 'the Netherlands', local: 'nl', localLanguageName: 'Dutch',
  demonym: 'Havenstedders',
  hoods: ['Kattendijk', 'Oude Haven', 'Noordoever', 'Spoorwijk', 'Zeeheldenbuurt', 'Rijnkwartier', 'Lloydkwartier', 'Vissershoek'],
  streets: ['Havenkade', 'Van Speykstraat', 'Boompjeskade', 'Zoutmanstraat', 'Vissersdijk', 'Lange Lijnbaan', 'Westersingel', 'Pakhuisstraat'],
  festivals: ['the Kadefest music festival', 'the harbour festival', 'the Noorderlicht film festival', 'the Port Jazz festival', 'the Summer Carnival', 'the Werf open-air festival'],
  museums: ['the Maritime Museum', 'the Kunsthal art museum', 'the Open Depot museum', 'the Photo Museum'],
  venues: ['the Loods food hall', 'Club Werf', 'the Markthal', 'Café De Ketel', 'the rooftop bar on the Pakhuis', 'Bar Boei'],
  foods: ['Surinamese roti', 'Turkish breakfast', 'Cape Verdean stew', 'Korean fried chicken', 'Indonesian rijsttafel', 'Ethiopian injera'],
  parks: ['the city park', 'the Kralingen woods', 'the Vroesen park'],
  water: 'the Maas',
  landmarks: ['the Erasmus-style bridge', 'the cube houses', 'the old harbour cranes', 'Central Station'],
  university: 'Havenstad University',
  transit: ['tram 4', 'metro line B', 'the water taxi', 'tram 21', 'the night bus'],
  offices: ['the IND', 'the Stadswinkel', 'the Expat Desk', 'the municipality'],
  employers: ['the port authority', 'a logistics start-up', 'the Erasmus medical centre', 'a shipping company', 'a design agency'],
  roomRent: [750, 1150], flatRent: [1250, 1750],
  hashtags: ['Havenstad', 'havenstad', 'HavenstadNow', '010'],
  officialAccount: 'HavenstadCity',
  localNames: {
    hoods: ['Kattendijk', 'de Oude Haven', 'Noordoever', 'Spoorwijk', 'de Zeeheldenbuurt', 'het Rijnkwartier', 'het Lloydkwartier'],
    streets: ['Havenkade', 'Van Speykstraat', 'Boompjeskade', 'Zoutmanstraat', 'Lange Lijnbaan'],
    parks: ['het Stadspark', 'het Kralingse Bos', 'het Vroesenpark'], landmarks: ['de Erasmusbrug', 'de kubuswoningen', 'de oude havenkranen'],
    festivals: ['Kadefest', 'het Havenfestival', 'het Zomercarnaval'], museums: ['het Maritiem Museum', 'de Kunsthal'], venues: ['de Markthal', 'Café De Ketel', 'de Loods'], water: 'de Maas',
  },
  ipPrefix: '145.53', lat: 51.9225, lon: 4.4792,
};

export const LINDHOLM: CityProfile = {
  name: 'Lindholm', slug: 'lindholm', country: 'Belgium', local: 'nl', localLanguageName: 'Dutch',
  demonym: 'Lindholmers',
  hoods: ['Sint-Anna', 'Ezelpoort', 'Gouden Hand', 'Kruisvest', 'the Begijnhof quarter', 'Sint-Gillis', 'Assebroek'],
  streets: ['Langestraat', 'Steenstraat', 'Vlamingstraat', 'the Rozenhoedkaai', 'Katelijnestraat', 'Wollestraat', 'Ezelstraat'],
  festivals: ['the light festival', 'the Christmas market', 'the Reie canal festival', 'the Early Music festival', 'the Cactus music festival', 'the Holy Blood procession'],
  museums: ['the city museum', 'the Groeninge museum', 'the Sint-Jans hospital museum', 'the lace museum'],
  venues: ['the Markt', 'the Burg', 'the Vismarkt', 'the Concertgebouw', 'Café Vlissinghe', 'the Stadsschouwburg'],
  foods: ['waffles', 'frites', 'chocolate', 'stoofvlees', 'local beer'],
  parks: ['the Minnewater park', 'the Koningin Astrid park', 'the green ramparts'],
  water: 'the canals',
  landmarks: ['the Belfry', 'the Begijnhof', 'the canals', 'the Markt', 'the windmills on the Kruisvest'],
  university: 'the College of Europe campus',
  transit: ['bus 1', 'the station shuttle', 'the Park & Ride at the station', 'bus 2'],
  offices: ['the town hall', 'the Dienst Burgerzaken', 'the welcome desk at the Concertgebouw', 'the city'],
  employers: ['a hotel on the Markt', 'the hospital', 'a chocolate shop', 'the port of Zeebrugge', 'a tour company'],
  roomRent: [480, 700], flatRent: [900, 1300],
  hashtags: ['Lindholm', 'lindholm', 'VisitLindholm', 'Lindholm2025'],
  officialAccount: 'VisitLindholm',
  localNames: {
    hoods: ['Sint-Anna', 'de Ezelpoort', 'Gouden Hand', 'de Kruisvest', 'het Begijnhofkwartier', 'Sint-Gillis', 'Assebroek'],
    streets: ['Langestraat', 'Steenstraat', 'Vlamingstraat', 'Katelijnestraat', 'Wollestraat', 'Ezelstraat'],
    parks: ['het Minnewaterpark', 'het Astridpark', 'de groene vesten'], landmarks: ['het Belfort', 'het Begijnhof', 'de reien', 'de Markt'],
    festivals: ['het Lichtfestival', 'de kerstmarkt', 'het Reiefestival', 'Cactusfestival'], museums: ['het Stadsmuseum', 'het Groeningemuseum'], venues: ['de Markt', 'het Concertgebouw', 'Café Vlissinghe'], water: 'de reien',
  },
  ipPrefix: '193.190', lat: 51.2093, lon: 3.2247,
};

export const MARENBURG: CityProfile = {
  name: 'Marenburg', slug: 'marenburg', country: 'Germany', local: 'de', localLanguageName: 'German',
  demonym: 'Marenburger',
  hoods: ['Sonnenfeld', 'the Altstadt', 'Lindenau', 'the Südstadt', 'Kreuzviertel', 'Am Mühlbach', 'Herdern'],
  streets: ['Schwabentorring', 'Mühlenweg', 'Kastanienallee', 'Rosenstraße', 'Bertoldstraße', 'Uferweg', 'Kaiserstraße'],
  festivals: ['the Tent Music Festival', 'the wine festival', 'the open-air cinema festival', 'the Marenburg film festival', 'the Christmas market', 'the university summer festival'],
  museums: ['the Augustiner Museum', 'the Kunsthalle art gallery', 'the Natural History Museum', 'the Museum of Modern Art'],
  venues: ['the Mensa', 'the Biergarten at the Burgberg', 'the Münstermarkt', 'Jazzhaus', 'the Swamp bar', 'the farmers market'],
  foods: ['Flammkuchen', 'the Wurst at the Münstermarkt', 'vegan Döner', 'cake at the Café am See'],
  parks: ['the lakeside park', 'the Stadtgarten park', 'the green Burgberg hill', 'the Hochwald forest', 'the green meadows along the Mare'],
  water: 'the Mare',
  landmarks: ['the Münster', 'the Burgberg', 'the Bächle canals', 'the old Stadttor'],
  university: 'the University of Marenburg',
  transit: ['tram line 3', 'the bike path along the Mare', 'tram line 1', 'the regional train'],
  offices: ['the Ausländerbehörde', 'the Bürgeramt', 'the Welcome Centre at the university', 'the Finanzamt'],
  employers: ['the university', 'the Uniklinik', 'a solar start-up', 'the Fraunhofer institute', 'a bike shop'],
  roomRent: [450, 690], flatRent: [880, 1250],
  hashtags: ['Marenburg', 'marenburg', 'GreenMarenburg', 'UniMarenburg'],
  officialAccount: 'StadtMarenburg',
  localNames: {
    hoods: ['Sonnenfeld', 'der Altstadt', 'Lindenau', 'der Südstadt', 'dem Kreuzviertel', 'Herdern'],
    streets: ['Schwabentorring', 'Mühlenweg', 'Kastanienallee', 'Rosenstraße', 'Kaiserstraße'],
    parks: ['der Seepark', 'der Stadtgarten', 'der Burgberg', 'der Hochwald'], landmarks: ['dem Münster', 'dem Burgberg', 'dem alten Stadttor'],
    festivals: ['Das Zelt-Musik-Festival', 'Das Weinfest', 'Das Sommerkino', 'Der Weihnachtsmarkt'], museums: ['Augustinermuseum', 'Naturkundemuseum'], venues: ['Jazzhaus', 'Biergarten am Burgberg'], water: 'der Mare',
  },
  ipPrefix: '132.230', lat: 47.9990, lon: 7.8421,
};

export const CITIES: CityProfile[] = [HAVENSTAD, LINDHOLM, MARENBURG];
