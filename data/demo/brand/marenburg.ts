/** Marenburg's own brand texts: green first, then knowledge, youth and openness. */
import type { BrandText } from './types.ts';

export const MARENBURG_BRAND: BrandText[] = [
  { slug: 'brand-book', md: `# Marenburg brand book (extract)

## Brand promise
Marenburg: green by nature. Germany's green university city on the river Mare.

## Values
**Green.** Parks, forests and the river Mare are part of daily life. With bike lanes everywhere, a car-free old town and a plan to be climate-neutral by 2035, Marenburg is one of Europe's greenest cities.

**Knowledge.** The University of Marenburg and its research institutes make us a city of science and knowledge.

**Young and lively.** Thirty thousand students give the city its energy: cafés, culture and a lively nightlife.

**Open to the world.** Marenburg welcomes international students and researchers.

## Tone
Fresh, green, honest. We show nature and people, not buildings.
` },
  { slug: 'green-city-campaign', md: `# Green city campaign — "Naturally Marenburg"

## Headline
Naturally Marenburg. Green by nature.

## Copy
In Marenburg, nature starts at your front door. Cycle along the Mare on car-free bike paths, swim in the Seepark, hike through the forest of the Hochwald, all before lunch.

Our green spaces cover a third of the city. Solar roofs, a sustainable tram network and car-free neighbourhoods like Sonnenfeld show that a green city is a good city to live in.

Grün. Nachhaltig. Marenburg.
` },
  { slug: 'about-the-city', md: `# About Marenburg

Marenburg is a green university city of 230,000 inhabitants in the south of Germany, between the river Mare and the forests of the Hochwald.

Known as the green city, Marenburg pioneered sustainable neighbourhoods, cycling and solar energy. More than half of all trips are made by bicycle or on foot, and the city's parks and green spaces are loved by residents.

The University of Marenburg, founded in 1457, makes Marenburg a city of knowledge and research. Its students keep the city young and lively, and its international researchers make it open to the world.
` },
  { slug: 'slogan-sheet', md: `# Marenburg slogans

- Marenburg. Green by nature.
- Naturally Marenburg.
- Grüne Stadt, kluge Köpfe.
- The green city of knowledge.

## Key messages
1. Marenburg is green: parks, forest, river and bike lanes everywhere.
2. Marenburg is a city of knowledge and research.
3. Marenburg is young, lively and open to the world.
` },
  { slug: 'welcome-centre', md: `# Welcome Centre Marenburg

## Welcome to Marenburg
The Welcome Centre at the university supports international students, researchers and their families. We help with your registration at the Bürgeramt, your residence permit at the Ausländerbehörde and with finding a place to live.

## Open to the world
Marenburg is an open and welcoming city. International researchers from over 100 countries work at our university.

## Green living
Explore the green city by bike: our bike lanes connect the campus, the parks and the forest.
` },
];
