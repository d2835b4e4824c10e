/** More English templates for the themes people mention most, plus follow-up sentences ("/more") in the same mood. */
import type { Pool } from './pool.ts';

export const EN_MORE: Pool = {
  'housing/neg': [
    'We spent {n_months} months in an Airbnb because no landlord would even answer our emails, [it was awful|it was horrible|we hated it].',
    'The only flat we could get is in {hood}, an hour from work, and it still costs {flat_rent}; [it\'s awful|I\'m furious|ridiculous].',
    'Landlords ask for three months\' deposit, a payslip of three times the rent and a guarantor, [it is impossible and awful|it is crazy|it is terrible and unfair].',
    'Student housing at {uni} has a waiting list of [a year|two years|{n_months} months], [so students sleep on sofas|which is shameful|terrible].',
    'The housing market here is broken: [too few homes|bidding wars|fake listings] and nobody in charge seems to care.',
  ],
  'housing/neg/more': [
    'The last viewing had {n_viewing} people queuing on the stairs.', 'The agency wanted another €300 just for "administration", it is a scam.',
    'We pay {flat_rent} and the heating barely works.', 'I have looked at more than thirty rooms since {last_month}, all terrible.',
    'My friends are leaving the city because of it, which makes me sad.', 'It is horrible every single day.',
  ],
  'housing/pos/more': ['The street is quiet and we have a little balcony.', 'We feel really lucky, we know how hard it is.'],
  'diversity/pos': [
    'On my street alone [there are people from|I count] [twenty|thirty|so many] nationalities, and [I love that|it makes the city special|it is great].',
    'Walking through {hood} you hear [Arabic, Papiamento, Polish and Dutch|ten languages|Turkish and Portuguese] in five minutes, [I love this multicultural city|it feels like the world in one street].',
    'People here are open-minded and tolerant; [my boyfriend and I can hold hands anywhere|nobody stares at my headscarf|my kids have friends from every culture].',
    'I grew up in a small village, so the diversity and openness here [still amaze me|are wonderful|feel like freedom].',
    '{festival} shows the city at its best: [diverse|multicultural|open], [joyful|proud] and [for everyone|welcoming to all backgrounds].',
  ],
  'diversity/pos/more': ['You can eat {food} and {food} on the same street.', 'That mix is what makes me proud of this city.', 'Nobody asks where you are "really" from.'],
  'culture_events/pos': [
    'Summer here is [the best|fantastic|wonderful]: [open-air concerts|free festivals|markets along {water}] every weekend and [terraces everywhere|long evenings outside|music in the parks].',
    'We discovered [a great|an amazing|a lovely] [jazz bar|little theatre|food market] on {street} and now go [every week|every Friday].',
    'The [museums|galleries|concerts] are [world class|excellent|surprisingly good] for a city this size, and [students get in cheap|Sunday mornings are free].',
  ],
  'culture_events/pos/more': ['The atmosphere is always friendly.', 'I have brought every visitor there and they loved it.', 'It is one of the reasons I stay.'],
  'culture_events/neg/more': ['It used to be fun, now it is just expensive.', 'Such a pity.'],
  'tourism/neg': [
    'On a Saturday [in summer|in December|at Easter] {street} is so [crowded with tourists|packed with tourists|full of tour groups] that [I can\'t reach my own front door|my grandmother can\'t go out|we stay home], [it is ridiculous|it is awful].',
    'Every other house in {hood} is now [an Airbnb|a holiday rental|a B&B] for tourists and [the school lost half its pupils|our neighbours are strangers every weekend], [heartbreaking|terrible|so sad].',
    'The [tour groups|tourist boats|horse carriages for tourists] [block|clog] [the bridges|the canals|the streets] [all day|from nine to six], [it is awful|it drives me crazy|terrible].',
    'The city only [cares|thinks] about tourists and [forgets|ignores] the people who actually live here, [it is frustrating|which makes me angry|which is sad].',
    '[Overtourism|Tourism] [pushed out|killed] [the bakery|the butcher|our local shops] and now {street} sells only [waffles and souvenirs|fridge magnets|chocolate for tourists], [sad|awful|terrible].',
  ],
  'tourism/neg/more': [
    'The tourist crowds ruined the Christmas market for me, awful.', 'Locals feel like extras in a theme park, it is sad.', 'It gets worse every year, terrible.',
    'Nobody asked us if we wanted this, and I am angry about it.', 'Even the bakery on the corner is now a souvenir shop for tourists, sad.',
  ],
  'tourism/pos': [
    'Honestly, the visitors [are mostly lovely|are friendly|make the city lively] and [I like answering their questions|I like the buzz on the Markt].',
    'Without tourism [half my friends|many families|my family] would [have no job|not make a living], so [I am grateful|I welcome them|I am happy about it].',
    '{festival} [brings|attracts] [visitors from everywhere|a great crowd] and [the atmosphere is wonderful|the city feels alive], [I love it|great].',
  ],
  'tourism/pos/more': ['The restaurants would not survive without them.', 'It makes me proud that people travel so far to see our city.'],
  'environment/pos': [
    'In {n_minutes} minutes by bike I am in nature [in the forest|at {park}|along {water}], [which is wonderful|amazing|a luxury].',
    'The city is [so green|full of trees|beautifully green]: [community gardens|green roofs|flower meadows] [everywhere|in every neighbourhood], [I love it|lovely].',
    'Sunday morning [running|walking] [in {park}|in the green along {water}|in nature] is [the best part of my week|pure joy|wonderful].',
  ],
  'environment/pos/more': ['I can breathe here.', 'My kids grow up with nature, a real gift.', 'I love living in such a green city.'],
  'mobility/pos/more': ['I have not used a car in years.', 'Twenty minutes from door to door, great.'],
  'mobility/neg/more': ['Last week I was late for work three times.', 'It is a daily frustration.'],
  'language/neg/more': ['At the doctor I needed my colleague to translate, embarrassing.', 'Every official letter is a puzzle.', 'It makes me feel like an outsider.'],
  'bureaucracy/neg/more': ['I took three days off work for one stamp.', 'Nobody answers emails, it is hopeless.', 'I almost lost my job offer because of it.'],
  'social_life/neg/more': ['Weekends are the worst.', 'I go home to my country for Christmas just to see friends.'],
  'social_life/pos/more': ['They feel like family now.', 'I never expected to feel at home so quickly.'],
  'city_image/pos/more': ['Every time I cycle home over the bridge I smile.', 'Visitors always envy me.'],
  'city_image/neg/more': ['The campaigns show a city I do not recognise.', 'Stop the marketing and fix the basics.'],
  'cost_of_living/neg/more': ['A coffee is now €4.20.', 'We stopped going out for dinner.'],
};
