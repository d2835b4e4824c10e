/** Neutral sentences addressed to the city: requests and suggestions, the typical "anything else" answer. */
import type { Pool } from './pool.ts';

export const EN_REQUESTS: Pool = {
  'housing/neu': ['Please build more affordable homes for young people and starters.', 'Maybe regulate the rental agencies and check the listings.', 'Could the city offer temporary housing for newcomers in their first months?', 'Register every landlord, like other cities do.'],
  'cost_of_living/neu': ['Maybe a city pass with discounts for residents?'],
  'bureaucracy/neu': ['Put all the registration steps on one page, in English too.', 'Let people book appointments at {office} online.'],
  'language/neu': ['Offer more evening {lang} courses for working people.', 'Translate the official letters, or at least add a summary in English.'],
  'mobility/neu': ['Please extend {transit} to {hood}.', 'More bike parking at the station would help.', 'Consider a car-free Sunday in the centre.'],
  'tourism/neu': ['Limit the number of cruise ships and tour buses per day.', 'Spread the visitors over more neighbourhoods.', 'Use the tourist tax for residents\' needs.', 'Maybe cap holiday rentals in {hood}.'],
  'governance/neu': ['Involve residents before decisions are made, not after.', 'Publish what happens with surveys like this one.'],
  'city_image/neu': ['Use real residents in the next campaign.', 'Show the city as it is, not as a brochure.'],
  'social_life/neu': ['Organise more events where newcomers and locals meet.', 'A buddy programme for new arrivals would be nice.'],
  'culture_events/neu': ['More events for families, please.', 'Keep {festival} free.'],
  'environment/neu': ['Plant more trees on {street}.', 'More water fountains in the parks in summer.'],
  'work_career/neu': ['Help partners of internationals find work.', 'Recognise foreign diplomas faster.'],
  'family/neu': ['More places at international schools, please.'],
  'diversity/neu': ['Celebrate more of the cultures that live here.'],
};
