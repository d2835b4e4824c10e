/** English phrase pools for place themes: culture, nature, economy, image, tourism, governance. */
import type { Pool } from './pool.ts';

export const EN_PLACE: Pool = {
  'culture_events/pos': [
    '{festival} is [amazing|fantastic|the highlight of my year|wonderful] and [it\'s free|the atmosphere is great|everyone comes out].',
    'I love the [museums|food scene|nightlife|concerts]: {museum} [alone is worth it|is excellent|is brilliant], and {venue} is [great|my favourite place].',
    'There is always something fun to do, from {festival} to [open-air cinema|jazz nights|food markets] at {venue}, [I love it|it\'s brilliant].',
    'The food is [incredible|amazing|fantastic]: [the best|great] {food} I ever had was [on {street}|at {venue}].',
    'Nightlife is [great|excellent|so much fun] and [the clubs|the bars on {street}] are [friendly|amazing|welcoming].',
    '[We went to|I saw] a [wonderful|beautiful|brilliant] [exhibition|concert|play] at {museum} [last month|in {month}|last weekend], [loved it|highly recommended].',
  ],
  'culture_events/neg': [
    'There is [nothing|not much] to do [in the evening|on Sundays|in winter], [no concerts, no nightlife|hardly any culture|no events], [it is boring|so disappointing|sad].',
    '{festival} has become [overpriced|too commercial|a drunk mess] and [I stopped going|it is a shame].',
    'Tickets for [concerts|{museum}|the theatre] are [expensive|a rip-off|far too expensive] [for students|for families|now].',
  ],
  'culture_events/neu': ['{festival} takes place every [summer|September|spring].', 'I sometimes go to {museum}.'],
  'environment/pos': [
    'The [parks|green spaces|green areas] are [beautiful|wonderful|lovely] and {park} is [my favourite place|perfect for running|great on Sunday mornings].',
    'I love [swimming in|walking along|cycling along] {water} [in summer|after work|every morning], [nature is|the green is] so close.',
    'It is a [green|clean|beautiful] city with [trees everywhere|clean air|nature on the doorstep], [which I love|and that makes me happy].',
    'The [forest walks|nature trails|green hiking trails] around the city are [stunning|amazing|fantastic] and [so close|just a tram ride away].',
  ],
  'environment/neg': [
    'The streets [in {hood}|around {street}] are [dirty|filthy|full of litter and rubbish] and [it is disgusting|it is a shame|nobody cleans them, awful].',
    '[The air pollution|Air pollution|The noise pollution] near {street} is [terrible|awful|bad] [because of the traffic|all day].',
    'They cut down [the old trees|the park] on {street} for [parking|offices], [terrible|so sad|a disgrace].',
  ],
  'environment/neu': ['There is a park close to my house.', 'There is a recycling point on every street.'],
  'economy/pos': [
    'The [port|local economy|job market] is [strong|doing well|booming] and [there are plenty of jobs|new businesses open every month], [which is great|good news].',
    'Starting my [business|company|shop] here was [easy|great|surprisingly easy] and other founders were [helpful|generous|supportive].',
  ],
  'economy/neg': [
    'Small [shops|businesses] on {street} are [closing|disappearing] because of [the rents|the chains|online shopping], [it is sad|a real shame|depressing].',
    'The [big companies|port jobs|new offices] bring money but [ordinary people|locals|we] see [none of it|nothing], [which is unfair|frustrating].',
  ],
  'economy/neu': ['Many people here work in [logistics|the port|tourism|healthcare].'],
  'city_image/pos': [
    '{city} [has a great vibe|is a beautiful city|feels like home|has real character] and [I\'m proud to live here|I love it|I would not want to live anywhere else].',
    'The [architecture|old centre|skyline|atmosphere] is [stunning|beautiful|gorgeous|amazing], especially [around {landmark}|at sunset|in spring].',
    'It is a [friendly|lovely|beautiful|charming] city with [a lot of|so much] character, [great|wonderful] to live in.',
  ],
  'city_image/neg': [
    'The city campaigns are [fake|too polished|all marketing|glossy nonsense]; [real life here|daily life] looks [nothing like that|very different].',
    'The city [sells itself|markets itself] [to tourists and investors|as something it is not], [it feels fake|which is annoying|it\'s cringe].',
    '{city} [feels|looks] [grey|dull|tired] [in winter|in the rain|around the station] and [that is depressing|it gets me down].',
  ],
  'city_image/neu': ['{city} is a mid-sized city.', '{city} is changing fast.'],
  'tourism/neg': [
    '[The crowds of tourists|The tourist crowds|The tour groups of tourists] [around {landmark}|on {street}|in the centre] are [awful|terrible|horrible] and [I avoid|we avoid|locals avoid] the centre [now|on weekends|all summer].',
    '[Airbnb|Holiday rentals for tourists] [have taken over|are destroying|ruined] {hood}; [it is sad|it is awful|it is terrible], [the neighbours are gone|families had to leave].',
    '[Cruise ships|Tour buses|Day-trippers] [dump|bring] [thousands of|hordes of] tourists [every day|every morning] and [the city feels like a theme park, terrible|it is awful|I hate it].',
    'My street [is full of|has become] [souvenir shops|waffle shops|selfie sticks] for tourists [and it makes me angry|and it is sad|and it feels fake and awful].',
    '[Too many tourists|Overtourism|Mass tourism] [is ruining|has ruined|is destroying] [the city|our old town|daily life] for residents, [and it makes me sad|it is terrible|it is a disaster].',
    'I can\'t [cycle|walk|get] [to work|home|through {street}] [anymore|on a Saturday] because of the [tourist crowds|tour groups|tourists], [it is terrible|so annoying|it drives me crazy].',
  ],
  'tourism/pos': [
    'Tourists [bring|keep bringing] [life|jobs|money] to the [city|centre] and [I enjoy|I like] [the buzz|seeing people enjoy {landmark}].',
    'I [love|like] [showing visitors|seeing tourists discover] {landmark}; [it makes me proud|they are usually friendly].',
    'Tourism [is good for|helps] [our shops|the local economy|the restaurants] and [most tourists are lovely|the visitors are friendly].',
  ],
  'tourism/neu': ['[In summer|On weekends] there are many tourists near {landmark}.', 'Tourism is a big part of the economy here.'],
  'tourism/mix': [
    'Tourists are [fine|nice|welcome], but the [crowds|tour buses] on {street} are [too much, awful|a nightmare|terrible].',
  ],
  'governance/neg': [
    'The council [does not listen|never listens|ignores residents] and [the participation evenings|consultations] are [a farce|pointless|just theatre].',
    '[I don\'t trust|Nobody trusts] the municipality [anymore|on this], [they|the council] [break promises|waste money on campaigns].',
  ],
  'governance/neu': ['There are municipal elections [next year|in spring].', 'The council publishes its plans online.'],
  'governance/pos': [
    'The [mayor|council|municipality] [really listens|listened] to residents [about|on] [the new park|{street}|traffic] and [I appreciate that|that was great].',
    'The [participation budget|neighbourhood budget] is a [great|good|brilliant] idea and [it works|our street got a playground].',
  ],
};
