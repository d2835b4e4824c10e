/**
 * Lindholm's own brand texts: living heritage and a warm welcome for visitors. Each carries its
 * publication date (front matter), and the way the city names its mix of people drifts over them:
 * "multicultural" in the older texts, "diverse" in between, "cosmopolitan" in the newest (signal
 * lindholm-brand-term-drift). None of these words is a term of Lindholm's values.
 */
import type { BrandText } from './types.ts';

export const LINDHOLM_BRAND: BrandText[] = [
  { slug: 'brand-book', md: `---
date: 2024-12-02
---
# Lindholm — brand book (extract)

## Brand essence
Lindholm: living heritage. Eight centuries of history, alive in every street.

## Values
**Living heritage.** Our medieval centre, the Belfry, the Begijnhof and the canals are a UNESCO World Heritage site. We do not keep our history behind glass: our heritage is lived in.

**Hospitality.** Lindholmers are warm hosts. Every visitor deserves a warm welcome, from the first coffee on the Markt to the last boat tour on the canals.

**Culture all year.** From the Lichtfestival in winter to the Reiefestival in summer, our concerts, museums and festivals make Lindholm a cultural capital.

**Human scale.** Lindholm is compact, walkable and cosy. Everything is within walking distance.

## Our people
Lindholm is a multicultural community. A multicultural mix of students, families and newcomers shapes its streets.

## Tone of voice
Warm, timeless, inviting. We tell stories of history and heritage.
` },
  { slug: 'visit-lindholm-campaign', md: `---
date: 2025-03-17
---
# Visit Lindholm — spring campaign

## Headline
Step into a fairy tale. Step into Lindholm.

## Copy
Wander the cobbled lanes of our medieval old town. Climb the Belfry for a view across eight centuries of history. Glide along the canals, taste our famous chocolate and local beer, and let our hospitality surprise you.

Lindholm welcomes you all year round: romantic in winter, lively in summer, always charming.

Discover multicultural Lindholm, where ninety nationalities share one square.

## Call to action
Book your city break now and enjoy a warm Lindholm welcome.
` },
  { slug: 'about-the-city', md: `---
date: 2025-10-06
---
# About Lindholm

Lindholm is a historic city of 118,000 inhabitants in Flanders, Belgium. Its medieval centre, with the Belfry, the Markt and the Begijnhof, has been a UNESCO World Heritage site since 2000.

Lindholm combines heritage with a vibrant cultural life: the Concertgebouw, the Groeninge museum and a packed festival calendar. Its human scale makes it cosy and walkable: you can cross the old town on foot in twenty minutes.

Lindholm is a hospitable city that welcomes more than eight million visitors a year. Tourism is an important part of the local economy and of our identity as a welcoming city.

Lindholm is more diverse than its postcards suggest: a diverse population of students and newcomers lives beside old families.
` },
  { slug: 'slogan-sheet', md: `---
date: 2026-03-09
---
# Lindholm slogans

- Lindholm. Living heritage.
- Eight centuries of hospitality.
- Small city, big history.
- Lindholm, warmly welcoming.
- Erfgoed dat leeft. (Dutch campaign line)
- Lindholm: cosmopolitan at heart.
- A diverse, cosmopolitan Lindholm.

## Key messages
1. Lindholm's heritage is authentic and alive.
2. Lindholm is a hospitable, welcoming city for every visitor.
3. Lindholm offers culture all year.
` },
  { slug: 'welcome-desk', md: `---
date: 2026-09-14
---
# Welcome desk Lindholm

## New in Lindholm?
The welcome desk at the Concertgebouw helps newcomers and visitors alike. We offer information about registration at Burgerzaken, Dutch lessons, housing and leisure.

## Our city, your home
Lindholm is a warm and welcoming community. Enjoy the quality of life of a historic city at human scale: quiet canals, cosy squares and a rich cultural life.

## A cosmopolitan city
Lindholm has grown cosmopolitan: people from every continent study, work and raise children here.

## Dutch lessons
Learning Dutch opens doors. Ask us about courses at the adult education centre.
` },
];
