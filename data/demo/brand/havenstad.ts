/** Havenstad's own brand texts: innovation first, then international and entrepreneurial, diversity last. */
import type { BrandText } from './types.ts';

export const HAVENSTAD_BRAND: BrandText[] = [
  { slug: 'brand-book', md: `# Havenstad brand book — core story (extract)

## Our promise
Havenstad: where ideas set sail. We are a city of innovation, built on a port that has reinvented itself for seven centuries. Innovation is not a department here; it is how we live, work and build.

## Core values
**Innovative.** We pioneer. From the smart port to the living lab on the Lloydkwartier quays, Havenstad tests tomorrow's technology today. We are proud to be a cutting-edge tech hub in a human-sized city.

**International.** Havenstad is a global city with a local heart. With a world-class port and an international community of professionals, we are the Netherlands' gateway to the world.

**Entrepreneurial.** Havenstedders roll up their sleeves. Our start-ups, scale-ups and founders have a can-do attitude: we make it happen.

**Waterfront living.** Life here happens by the water. Our harbour, our quays and the river Maas shape every neighbourhood.

**Open.** Havenstad welcomes talent from all backgrounds.

## Tone of voice
Bold, forward-looking, optimistic. We speak about the future, about innovation and technology, about what is possible. We avoid nostalgia.
` },
  { slug: 'campaign-where-ideas-set-sail', md: `# Where ideas set sail — campaign copy 2025

## Headline
Havenstad. Where ideas set sail.

## Body copy
Every great innovation starts with an idea and a place brave enough to test it. In Havenstad, start-ups share the quays with shipbuilders, and tech pioneers turn old warehouses into innovation labs.

Our smart port is the most innovative in Europe. Our living lab lets innovators test new technology in real streets. Our tech hub on the Pakhuisstraat hosts more than 200 innovative companies.

Join the innovators. Join the future. Join Havenstad.

## Taglines
- Innovation runs in our water.
- Built by pioneers, powered by technology.
- The future docks here.
` },
  { slug: 'about-the-city', md: `# About Havenstad

Havenstad is a dynamic, international port city on the Maas. With 650,000 inhabitants and a harbour that connects us to the whole world, Havenstad has always looked outward.

Today the city is known for innovation. Leading technology companies, a thriving start-up scene and Havenstad University work together in the Innovation District, where research and entrepreneurship meet. The smart port uses digital technology to become future-proof and sustainable.

Havenstad is also a great place to live. Waterfront living, from the historic quays of the Oude Haven to the new riverside apartments of Noordoever, gives the city a unique atmosphere. And with residents of more than 170 nationalities, Havenstad is an international city where everyone can feel at home.

Havenstad: innovative, international, entrepreneurial.
` },
  { slug: 'slogan-sheet', md: `# Havenstad slogans and key messages

## Approved slogans
- Havenstad. Where ideas set sail.
- Innovation runs in our water.
- Havenstad: the innovation port.
- A global city with a local heart.
- Made in Havenstad: start-ups, scale-ups, breakthroughs.

## Key messages
1. Havenstad is the most innovative port city of Europe.
2. Havenstad is international: our port and our people connect us to the world.
3. Havenstad is entrepreneurial: founders find space, talent and investors here.
4. Havenstad offers waterfront living in the heart of the city.

## Do not use
- "Cheap", "gritty", "rough".
` },
  { slug: 'welcome-centre', md: `# Welcome to Havenstad — Expat Desk

## Your new home port
Welcome! Whether you come for a job in technology, research at Havenstad University or to start your own company, the Expat Desk helps you settle in quickly.

## What we do
We arrange your registration at the municipality and your BSN in one appointment, help highly skilled migrants with the IND, and introduce you to the international community.

## Living here
Havenstad is an open, international city. You will find international schools, English-speaking doctors and a lively waterfront with restaurants and festivals.

## Working here
Our innovation ecosystem is looking for talent. Tech companies, start-ups and the port offer exciting careers for internationals.
` },
];
