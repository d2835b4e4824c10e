/**
 * English hard cases: sentences whose meaning a careful reader gets but a word list does not. Each is
 * keyed by the polarity a careful reader would give it (data/corpus/GUIDE.md): complaints and praise
 * with no sentiment word, sarcasm (what is meant counts), questions with their answer, kindness told
 * in negative words ("never had a problem"), and contrast (mixed). Wishes that name a lack are in
 * en-requests.ts. compose.ts merges these into the same theme/polarity lists as the plain templates.
 */
import type { Pool } from './pool.ts';

export const EN_HARD: Pool = {
  'housing/neg': [
    '[Twenty-three|Thirty-one|Forty|Fifty-two] viewings, [zero offers|0 offers|not a single offer].',
    '{flat_rent} for [a studio|one room and a kitchenette] [above a snack bar|next to the railway line|in {hood}], and they still want three months\' deposit.',
    'Month {n_months} of sleeping on a friend\'s sofa.',
    'The room I [rent|found] has no window and costs {room_rent}.',
    '[Great|Wonderful|Fantastic], another "cosy" studio for {flat_rent} with the shower in the kitchen.',
    'Affordable housing? [Not in this city|Not here|Not for people like us].',
  ],
  'housing/neg/international': [
    'First question from every landlord: [where are you from|do you have a local guarantor]. Then [no reply|nothing].',
    '{n_viewing} emails to landlords since {last_month}, one viewing, no room.',
    'Welcome to the [international|welcoming] city: here is your {room_rent} box room on a six-month contract.',
  ],
  'housing/neg/tweet': [
    'viewing #{n_weeks}. {n_viewing} people. one room. {room_rent}.',
    'oh good, the landlord raised the rent again. just what I needed this month',
  ],
  'housing/pos': [
    'Our landlord has not raised the rent [once|in {n_years} years].',
    'When the boiler broke, the landlord [was there|came round] [the same evening|within the hour].',
    'Never had a [single|] problem with our [landlord|housing association] in {n_years} years.',
    'Hard to find a flat? Not for us: a colleague passed on [hers|his] in {hood} [the week we arrived|in our first month].',
  ],
  'housing/mix': [
    'Nice city, but [impossible|nearly impossible] to find a room.',
    'The flat is [lovely|great|perfect], but it took {n_viewing} viewings and [a bidding war|three months\' deposit] to get it.',
  ],
  'cost_of_living/neg': [
    '€4.50 for a coffee on {street}. [I make it at home now|We stopped going].',
    'Rent, energy and insurance take [two thirds|70%] of my salary before I have bought any food.',
    '[Love|Nothing like] paying €7 for a small beer at {venue}. [Such a bargain|Real value for money].',
    'Who [can|is supposed to] live on a starter\'s salary with these prices?',
  ],
  'cost_of_living/pos': [
    'Never paid more than €3 for a coffee [at the market|on {street}].',
    'Our energy bill went down this year after the council insulated [our block|the flats on {street}].',
  ],
  'bureaucracy/neg': [
    'Third appointment at {office} this month.',
    '[Great|Wonderful|Brilliant], {office} lost my file [again|for the second time].',
  ],
  'bureaucracy/neg/international': [
    'Still no residence card, {n_weeks} weeks after my appointment at {office}.',
    '"Come back with a [translated|certified] copy." [Third time|Fourth time] now.',
  ],
  'bureaucracy/neg/tweet': ['{office} sent me a letter to tell me to check my email for a letter'],
  'bureaucracy/pos': [
    'No queue, no forms twice: I was registered at {office} in twenty minutes.',
    'Never had a problem with {office}[; they even called me back|].',
  ],
  'healthcare/neg': ['Called the GP at eight sharp: number 31 in the queue.', 'A doctor who takes new patients? Not in {hood}, not in {n_months} months of trying.'],
  'healthcare/pos': ['Never waited more than a day for the GP.', 'The night nurse sat with my daughter until she fell asleep.'],
  'information/neg': ['Ten websites, three answers, none in English.', 'Information for newcomers? [Good luck|Ask a colleague], the portal has nothing.'],
  'information/pos': ['One page, every step, in English: the newcomer guide answered [every|each] question I had.'],
  'mobility/neg': [
    '[Great|Perfect|Lovely], another [tram|bus|train] strike [on a Monday|in exam week|the day I start my new job].',
    'The last [tram|bus] home leaves at 23:40, so we leave [the party|every party] at 23:15.',
  ],
  'mobility/neg/tweet': ['bus 12 minutes late, then full, then the next one "not in service". normal tuesday'],
  'mobility/pos': [
    'Never waited more than [five|ten] minutes for [the tram|the bus|{transit}].',
    'Twelve minutes door to door by bike, [every day|rain or shine]. I sold the car.',
    'The bus driver waited for me when I came running [with my kid|with two shopping bags] this morning.',
    'Do I need a car here? No, not once in {n_years} years.',
  ],
  'mobility/mix': ['Cycling here is [great|a joy], but the bike parking at the station is [hopeless|a disaster].'],
  'tourism/neg': [
    '[Four|Five] cruise ships [today|on Saturday]. I stayed home.',
    'My [street|corner of {hood}] has [six|seven|nine] key boxes on the front doors and no neighbours left.',
    '[Lovely|Great], another [waffle shop|souvenir shop|selfie museum] where the bakery used to be.',
  ],
  'tourism/neg/tweet': ['counted 14 tour groups between my door and the bakery. 14. on a tuesday'],
  'tourism/pos': [
    'I don\'t mind the tourists at all: a couple from [Japan|Canada|Spain] I showed the way to {landmark} [sent me a postcard later|bought me a coffee].',
    'The tourist tax paid for the new playground [in {hood}|on {street}], so let them come.',
    'Never had a problem with the visitors on my street.',
  ],
  'tourism/mix': ['Most tourists are [lovely|friendly], but five cruise ships on one day is [too much|a nightmare].'],
  'social_life/neg': [
    '{n_years} years here, and not one invitation to a local home.',
    'Oh yes, very open people: coffee with a colleague, booked {n_weeks} weeks ahead.',
  ],
  'social_life/pos': [
    'My neighbours brought me soup when I had the flu.',
    'The old man [next door|downstairs] [takes in my parcels|waters my plants] when I am away and never asks for anything.',
    'Lonely? Not since I joined the [running club|choir|climbing gym] in {hood}.',
  ],
  'social_life/mix': ['People are [friendly|kind|polite], but after {n_years} years I still have no local friends.'],
  'language/neg': [
    'Every letter from {office} goes through Google Translate first.',
  ],
  'language/pos': [
    'Never had a problem getting by in English, not even at {office}.',
    'My neighbour corrects my {lang} every morning on the stairs, [and I have learnt|and I learnt] more from her than from any course.',
  ],
  'work_career/neg': [
    '{n_viewing} applications, [two|three] interviews, no offer.',
    'Love being told I am "overqualified" for jobs below my level.',
  ],
  'work_career/pos': [
    'I was offered a contract at {employer} {n_weeks} weeks after I arrived, no {lang} needed.',
    'Nobody at work checks when I leave, as long as the work is done.',
  ],
  'work_career/mix': ['Good job, nice colleagues, but my diploma [still counts for nothing|is still not recognised].'],
  'education/neg': ['Lectures for 600 students in a hall for 400: I watch from the stairs.'],
  'education/pos': ['My supervisor answers emails within the hour. Never waited more than a day.'],
  'family/neg': ['Waiting list for daycare in {hood}: [eighteen|twenty] months. Our son is one.'],
  'family/pos': ['Our kids cycle to school on their own since they were nine.'],
  'environment/neg': [
    'The bins on {street} have not been emptied since Monday.',
  ],
  'environment/pos': [
    'Five minutes from my door and I am swimming in {water}.',
    'Never found a [single|] piece of litter in {park}.',
    'Do I miss nature? Not with {park} ten minutes away.',
    'Nobody on our street leaves rubbish out; the neighbours clean the pavement together on Saturdays.',
  ],
  'environment/pos/tweet': ['5 minutes on the bike, phone in my pocket, only birds. {park} at 7am'],
  'culture_events/neg': [
    'Everything closes at six on Sunday. Even the cafés.',
    '[Brilliant|Great], {venue} is [closing|turning into flats] too.',
  ],
  'culture_events/pos': [
    'Never a dull weekend: there is always {festival} or a concert at {venue}.',
    'We went to {venue} for one drink and stayed until they closed.',
    'Free concert on {street}, and half the neighbourhood [dancing|out until midnight].',
    'Nothing to do? [Not here|Not in this city]: {festival}, {museum}, and [a jazz night|open-air cinema] every week.',
  ],
  'culture_events/pos/tweet': ['went for one drink at {venue}. home at 3am. no regrets'],
  'culture_events/mix': ['{festival} is [great|fantastic], but €15 for a beer [is a joke|is too much].'],
  'city_image/neg': [
    '"{city}, the welcoming city." Tell that to the people queuing at {office}.',
    'The so-called [welcoming|green|international] city is a joke.',
  ],
  'city_image/pos': [
    'Every time friends visit, they ask how they can move here.',
    'I still stop on the bridge [over {water}|near {landmark}] every morning just to look.',
    'Not a single day I regret moving here.',
    'Would I leave {city}? Not for anything.',
  ],
  'city_image/mix': ['[Beautiful|Lovely] city, but the campaigns [sell|show] a place I do not recognise.'],
  'governance/neg': [
    'Another "participation evening" where the plans were already final.',
  ],
  'governance/pos': ['The council dropped the parking plan for {street} after the neighbourhood\'s letters.'],
  'safety/neg': ['Fourth bike stolen from the station this year.'],
  'safety/pos': ['I left my bike unlocked on {street} by accident; it was still there the next morning.'],
  'diversity/pos': ['Nobody [looks twice|stares] [at my headscarf|when we hold hands] here.'],
  'diversity/neg': ['Inclusive city? Try getting an interview with my surname.'],
  'discrimination/neg': ['Same CV, different surname: the local name got three interviews, mine none.'],
};
