/** Post-only English templates: the casual, fragmentary way people write on social media. */
import type { Pool } from './pool.ts';

export const EN_TWEETS: Pool = {
  'housing/neg/tweet': [
    'viewing number {n_weeks} for a room in {hood} with {n_viewing} people for one room at {room_rent}, the housing market in this city is broken',
    'my landlord says the mould in the flat is "normal" and I pay {flat_rent} for this, awful',
    'anyone know a room to rent for under {room_rent}? every listing is a scam, I feel desperate',
    'another fake rental listing asking for the deposit first, housing here is a nightmare',
  ],
  'housing/pos/tweet': ['FINALLY signed the lease for a flat in {hood}!!! after {n_months} months. so happy I could cry'],
  'diversity/pos/tweet': [
    'sat on {transit} and heard five languages before my stop. love this multicultural city',
    'tonight in {hood}: {food}, then {food}, then a drink with friends from four continents. diversity is the best thing about {city}',
    'open-minded, tolerant, a bit chaotic. that is {city} and I love it',
  ],
  'culture_events/pos/tweet': [
    '{festival} was AMAZING this year, what a vibe',
    'free concert on {street} tonight and the whole neighbourhood came out. love this city',
    'went to {museum} on a rainy sunday, best decision. brilliant exhibition',
    '{food} at {venue}, best lunch in weeks 🤤',
  ],
  'culture_events/neg/tweet': ['€18 for a beer at {festival}, what a rip-off, never again'],
  'tourism/neg/tweet': [
    'tried to buy bread on {street} but three tour groups and two horse carriages blocked everything, I hate the tourist crowds',
    'cruise ship day again and five thousand tourists on the Markt, horrible 🙄',
    'another bakery closed for yet another waffle shop for tourists, overtourism is ruining this city',
    'more tourists is a terrible idea, we can barely walk through our own city as it is',
  ],
  'tourism/pos/tweet': ['helped a lost tourist couple find {landmark} and they were so sweet. love showing off my city', 'the city is buzzing with visitors this weekend and honestly it is lovely'],
  'environment/pos/tweet': [
    'morning swim in {water} before work, nature in this city is wonderful',
    'autumn in {park} is so beautiful 🍂 I love this green city',
    'ten minutes on the bike and I am in the forest, the nature here is the best',
  ],
  'mobility/pos/tweet': ['bike to work in 12 minutes, sunshine, birds. love this city', 'new bike lane on {street} is fantastic, thank you'],
  'mobility/neg/tweet': ['{transit} cancelled AGAIN. third time this week. great job', 'stuck in traffic on {street} for 40 min. fantastic. (not)'],
  'bureaucracy/neg/tweet': ['day {n_weeks} of waiting for my appointment at {office}. send help', 'the {office} website has been "under maintenance" since {last_month}. amazing. truly.'],
  'language/neg/tweet': ['got a letter from {office} all in {lang} and I can\'t read it, the language barrier here is awful', 'third {lang} language course full, so frustrating'],
  'city_image/pos/tweet': ['sunset over {landmark} tonight. I will never get tired of this city', 'visitors keep asking why I moved here. this. this is why'],
  'city_image/neg/tweet': ['the new city campaign video is so glossy I did not recognise my own city lol', 'the city spends millions on marketing while {street} falls apart. priorities'],
  'cost_of_living/neg/tweet': ['€6 for a coffee and a croissant. I miss home prices', 'energy bill came in. crying'],
  'social_life/neg/tweet': ['year {n_years} here and still no local friends. the expat bubble is real', 'sunday alone again. this city can be so lonely'],
  'social_life/pos/tweet': ['neighbours brought soup when I was sick. I love my street'],
};
