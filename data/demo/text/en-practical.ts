/** English phrase pools for the practical themes: housing, costs, paperwork, health, information, transport, safety. */
import type { Pool } from './pool.ts';

export const EN_PRACTICAL: Pool = {
  'housing/neg': [
    "I've been [looking|searching|hunting] for a room for {n_months} months and every viewing is [a scam|either a scam|a scam or a bidding war] or costs {room_rent}.",
    'Finding [an apartment|a flat|a place to live|housing] here is [a nightmare|an absolute nightmare|horrible|awful|terrible].',
    'The rent is [insane|ridiculous|awful|terrible]: {flat_rent} for a [tiny|dark|damp] studio in {hood}.',
    'My landlord [ignores|has ignored] the [mould|mold|broken heating|leaking roof] for {n_months} months and I feel [powerless|so angry|completely stuck].',
    'I went to a viewing on {street} with {n_viewing} other people [for one small room|for a single room|and the room was tiny]; it was [depressing|awful|horrible].',
    'Housing is [the worst part|the biggest problem|a disaster|terrible], and nobody seems to care.',
    '[I was|We were|My partner and I were] almost scammed [twice|three times] by fake landlords asking for a deposit upfront.',
    'The rent in {hood} went up [again|by another €150|twice in a year] and [I honestly can\'t afford it|it is simply unaffordable|we are struggling to pay].',
    "I'm still [sofa-surfing|living in a hostel|subletting illegally] after {n_weeks} weeks because there are no [affordable|decent] rooms, which is awful.",
    'The housing shortage is [terrible|awful|depressing] and the waiting list for social housing is [ten|twelve|fifteen] years long.',
    'Every [housing|rental] platform is full of [scams|fake ads|overpriced boxes], it is [horrible|depressing|so frustrating].',
  ],
  'housing/neg/international': [
    'Many [landlords|agencies] say [openly|straight away] that they do not rent to internationals, which [is discriminatory and awful|feels awful|is so unfair and sad].',
    'Without a registration address you cannot get a BSN, and without a BSN nobody rents to you; it is a [horrible|stupid|cruel] loop.',
    'I had to pay {room_rent} for a [tiny|shared|windowless] room before I even arrived, and it turned out to be [a scam|fake|awful].',
    'As [an expat|a newcomer|an international] you are [an easy target|a target] for [housing scammers|bad landlords|greedy rental agencies], and it is [terrible|awful].',
    'The [university|company|relocation agency] warned us, but finding housing was still [much worse|far worse|more terrible] than I imagined, [awful|a bad experience].',
    'Housing almost made me [leave|give up and go home|quit my job] in the first year; it was [miserable|that bad|horrible].',
  ],
  'housing/pos': [
    'I [was lucky to find|found] a [lovely|beautiful|great] apartment in {hood} [through a colleague|through friends|after a few weeks] and [I love it|we are very happy there].',
    'Our landlord is [great|kind|really helpful] and fixes things [quickly|within a day].',
    'Housing in {hood} is [still|surprisingly] affordable and the neighbours are [lovely|friendly|wonderful].',
    'The new [student housing|housing cooperative|social housing] on {street} is [excellent|a great initiative|really good].',
    'We love our [little|sunny|cosy] flat near {water}; [it feels like home|best decision we made].',
  ],
  'housing/neu': [
    'I rent a room in {hood} for {room_rent} a month.',
    'We moved from {hood} to {hood} last year.',
    'Most of my friends rent through an agency or through [Facebook groups|word of mouth].',
  ],
  'housing/mix': [
    'The apartment is [lovely|great|nice], but the rent of {flat_rent} is [painful|too high|hard to pay].',
    'I [love|like] {hood}, but finding a place there [was a nightmare|took forever|was awful].',
  ],
  'cost_of_living/neg': [
    'Everything is [so expensive|too expensive|overpriced] here: [groceries|energy bills|insurance|a beer on {street}] cost [far too much|way too much], which is terrible.',
    'My energy bill doubled and [I\'m|we are] [struggling|worried|stressed] every month.',
    '[Prices|The cost of living] went up [a lot|so much] and salaries did not, which is [unfair|depressing|hard].',
    'Eating out has become [ridiculously|terribly|painfully] expensive, so we rarely go anymore.',
  ],
  'cost_of_living/pos': [
    'Compared to [London|Paris|Munich|Amsterdam] daily life here is [affordable|cheap|reasonable] and [I appreciate that|that is great].',
    'Groceries at the [market|weekly market] are [cheap|good value] and [fresh|great].',
  ],
  'cost_of_living/neu': ['I spend about a third of my salary on fixed costs.'],
  'bureaucracy/neg': [
    'Getting [an appointment|a slot] at {office} took {n_weeks} weeks and [nobody answered|no one picked up] the phone; [it was a nightmare|so frustrating|awful].',
    'The [paperwork|red tape|bureaucracy] is [a disaster|awful|a nightmare|terrible], every form wants another form.',
    'My residence permit [was delayed|took|is still pending after] {n_months} months and I [could not travel|could not start my job|felt completely stuck].',
    '[I was sent|We were sent] back and forth between {office} and [the immigration office|the tax office|the municipality] [three times|for weeks] for one permit, [it\'s ridiculous|absolutely ridiculous|so frustrating].',
    'The registration [rules|process] [is|are] [confusing|a mess|terrible] and the staff were [rude|unhelpful|dismissive].',
  ],
  'bureaucracy/neg/international': [
    'The IND appointment for my [permit|residence card] was only available in {n_months} months, [a terrible start|awful|horrible].',
    'Nobody explains which documents [you|internationals] need, so [I lost weeks|you waste weeks|I failed twice]; the bureaucracy is [awful|a nightmare|hostile].',
    'The paperwork for [getting my diploma recognised|my tax number|my health insurance|my residence permit] was [a nightmare|a painful mess|ridiculously slow and awful].',
  ],
  'bureaucracy/pos': [
    '{office} [was|were] [surprisingly|really] [helpful|quick|efficient] and I had my registration in [one|two] days.',
    'The [welcome desk|Expat Desk|Welcome Centre] [helped|was great and helped] me with [all|most of] the paperwork, [thank you|very helpful].',
    'Registration [was easy|went smoothly] and [the staff were friendly|everything was online].',
  ],
  'bureaucracy/neu': ['You have to register at {office} within five days of arrival.'],
  'healthcare/neg': [
    'Finding a GP who takes new patients [is impossible|took {n_months} months|was a nightmare].',
    'The [waiting list|waiting time] for [a dentist|mental health care|a specialist] is [terrible|ridiculous|months long], which is [scary|awful].',
    'Doctors here [just|always] say "take a paracetamol", it is [frustrating|useless|worrying].',
  ],
  'healthcare/pos': [
    'The hospital was [excellent|great|fantastic] when [my son|I|my partner] needed surgery.',
    'My GP [is lovely|is great|speaks English and is very kind], [I\'m grateful|I feel well cared for].',
  ],
  'information/neg': [
    'Information is [scattered|fragmented|hidden] across ten websites and half of it is [only in {lang}|outdated|wrong]; [it is frustrating|so confusing].',
    'The city website is [useless|confusing|a mess] when you need [something practical|to find a form|basic information].',
  ],
  'information/pos': [
    'The [welcome guide|newcomer website|newsletter] was [really useful|excellent|very helpful] in my first weeks.',
    'There is a [great|helpful] [Facebook group|WhatsApp group|forum] where people share [tips|information] [every day|quickly].',
  ],
  'mobility/neg': [
    '{transit} is [always late|unreliable|constantly delayed|packed] and [I hate|I\'m tired of|nobody likes] waiting {n_minutes} minutes in the rain.',
    'Parking [is a nightmare|is terrible|costs way too much, awful] [near|in] {hood}.',
    'The [traffic|roadworks] on {street} [are|is] [terrible|awful|a disaster] [for months now|every single day].',
    'Cycling [there|on {street}] feels [dangerous|scary|unsafe] because of the [cars|scooters|delivery bikes].',
  ],
  'mobility/pos': [
    'I [love|really enjoy|adore] cycling everywhere; [it\'s fast|the bike lanes are great|it\'s so easy].',
    'Public transport is [excellent|great|reliable|fantastic] and {transit} [gets me anywhere|takes me to work] in {n_minutes} minutes.',
    'The [bike lanes|cycle paths|tram connections] are [brilliant|amazing|excellent], [I sold my car|no need for a car].',
    'Everything is [close|within cycling distance|walkable], which [I love|is wonderful|is great].',
  ],
  'mobility/neu': ['I take {transit} to work most days.', 'Most people here go by bike.'],
  'safety/neu': ['There is a police station near {landmark}.', 'Crime statistics for {hood} were in the local paper [last week|in {month}].'],
  'healthcare/neu': ['I registered with a GP in {hood}.', 'Health insurance is mandatory here.'],
  'information/neu': ['Most information is on the city website.', 'I get my news from the local [newspaper|Facebook group|radio].'],
  'safety/neg': [
    'I [don\'t feel|do not feel] safe [walking|cycling home] through {hood} at night; [there were|I heard about] [several|two] [robberies|attacks].',
    'The [drug dealing|bike theft] around {landmark} is [awful|getting worse|scary].',
  ],
  'safety/pos': [
    'I feel [very|really|completely] safe here, even [at night|cycling home late], [which is great|and I love that].',
    'It is a [safe|calm|peaceful] city and [my kids|we] can [play|walk] outside [freely|without worry].',
  ],
};
