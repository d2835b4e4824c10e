/**
 * Sentences addressed to the city: requests and suggestions, the typical "anything else" answer. A wish
 * or demand that names a lack ("More trams at night, please") is a complaint by the label definitions
 * (data/corpus/GUIDE.md), so those are negative; suggestions that name no lack and questions asking
 * for information stay neutral.
 */
import type { Pool } from './pool.ts';

export const EN_REQUESTS: Pool = {
  'housing/neg': ['Please build more affordable homes for young people and starters.', 'Maybe regulate the rental agencies and check the listings.', 'Could the city offer temporary housing for newcomers in their first months?', 'Register every landlord, like other cities do.'],
  'housing/neu': ['Is there a list of housing associations that accept newcomers?'],
  'cost_of_living/neu': ['Maybe a city pass with discounts for residents?'],
  'bureaucracy/neg': ['Put all the registration steps on one page, in English too.', 'Let people book appointments at {office} online.'],
  'bureaucracy/neu': ['Does registration at {office} need an appointment, or can you walk in?'],
  'language/neg': ['Offer more evening {lang} courses for working people.', 'Translate the official letters, or at least add a summary in English.'],
  'mobility/neg': ['Please extend {transit} to {hood}.', 'More bike parking at the station would help.', 'More trams at night, please. After midnight you are on your own.'],
  'mobility/neu': ['Consider a car-free Sunday in the centre.', 'Is there a night bus to {hood} on weekdays?'],
  'tourism/neg': ['Limit the number of cruise ships and tour buses per day.', 'Use the tourist tax for residents\' needs.', 'Maybe cap holiday rentals in {hood}.'],
  'tourism/neu': ['Spread the visitors over more neighbourhoods.', 'Does the tourist tax also apply to holiday rentals in {hood}?', 'When does the cruise season start this year?'],
  'governance/neg': ['Involve residents before decisions are made, not after.', 'Publish what happens with surveys like this one.'],
  'city_image/neg': ['Use real residents in the next campaign.', 'Show the city as it is, not as a brochure.'],
  'social_life/neg': ['Organise more events where newcomers and locals meet.', 'A buddy programme for new arrivals would be nice.'],
  'culture_events/neg': ['More events for families, please.', 'Something for teenagers in the evening, please; now they sit at the station.'],
  'culture_events/neu': ['Keep {festival} free.'],
  'environment/neg': ['Plant more trees on {street}.', 'More water fountains in the parks in summer.'],
  'work_career/neg': ['Help partners of internationals find work.', 'Recognise foreign diplomas faster.'],
  'family/neg': ['More places at international schools, please.'],
  'diversity/neg': ['Celebrate more of the cultures that live here.'],
};
