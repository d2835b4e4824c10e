/** How people write in each channel: openers, asides, sentences about nothing in particular, tweet decoration. */
import type { Pool } from './pool.ts';

/** Written survey openers (often none). */
export const WRITTEN_OPENERS = ['', '', '', '', '', 'Honestly, ', 'To be fair, ', 'In my experience, ', 'Personally, ', 'For me, ', 'Definitely: '];

/** Spoken openers of a focus-group turn. */
export const SPOKEN_OPENERS = ['', '', 'Yeah, ', 'So, ', 'I mean, ', 'Honestly, ', 'For me, ', 'Well, ', 'Um, ', 'Right, so ', 'To be honest, ', 'What I would say is, ', 'Yes, and ', 'For me personally, '];

/** Spoken follow-ups that carry the speaker's feeling but name no theme. */
export const SPOKEN_ECHO: Record<'pos' | 'neg' | 'neu', string[]> = {
  pos: ['I really love that.', 'It makes me happy, honestly.', "That's the best part.", 'It was a great surprise.', "It's really nice.", 'I can only recommend it.'],
  neg: ["It's just exhausting.", "I'm not exaggerating.", 'It really wears you down.', 'It is so frustrating.', "And it's not getting better.", 'Everyone I know has a horror story.', "That's really hard."],
  neu: ['That is how it works here.', "I don't know, it depends.", "That's my experience anyway.", 'Maybe others see it differently.'],
};

/** Sentences with no theme at all: thanks, asides, general remarks. */
export const THEMELESS: Record<'pos' | 'neg' | 'neu', string[]> = {
  pos: ['Overall I am happy here.', 'Thanks for asking us!', 'Keep up the good work.', 'I hope you keep doing this, it matters.', 'All in all, a good place.'],
  neg: ['Please actually read these answers this time.', 'I doubt anything will change.', 'Sorry for the rant.', 'Not impressed so far.'],
  neu: ['Not much else to say.', 'No comment.', 'See my answers above.', 'That is all.', 'n/a', '-', 'Good luck with the research.', 'Curious about the results.'],
};

/** What people write in "what do you like" when they like nothing / in "challenges" when they have none. */
export const NOTHING_LIKED = ['Honestly? Not much.', 'Hard to say.', 'Not sure yet.', 'Nothing special.', 'Difficult question.'];
export const NOTHING_WRONG = ['Nothing really.', "Can't think of anything.", 'No big challenges so far.', 'None, I like it here.', 'Not much, to be honest.'];

/** Terse survey answers, one per theme and polarity, in the style of people who type three words. */
export const SHORT_EN: Pool = {
  'housing/neg': ['Housing is impossible and awful!!!', 'Terrible housing market.', 'Rent way too high, terrible.', 'Finding a room, a nightmare.', 'Housing crisis, awful.'],
  'housing/pos': ['My lovely apartment.', 'Affordable housing in {hood}, great.'],
  'cost_of_living/neg': ['Too expensive.', 'Prices are crazy.'],
  'bureaucracy/neg': ['Bureaucracy, awful.', 'Paperwork hell.', 'IND delays, terrible.'],
  'language/neg': ['The language barrier, hard.', '{lang} is so difficult.'],
  'language/pos': ['Everyone speaks English, great.'],
  'social_life/neg': ['Loneliness.', 'Hard to make friends.'],
  'social_life/pos': ['My friends here, wonderful.', 'Great community.'],
  'diversity/pos': ['The diversity!', 'Multicultural vibe, love it.', 'So many nationalities, great.', 'Open-minded people.', 'Diversity and tolerance.'],
  'culture_events/pos': ['The festivals, love them!', 'Great food scene.', 'Museums and nightlife, love it.', '{festival}, amazing.'],
  'environment/pos': ['The parks, beautiful.', 'Green everywhere, love it.', 'Nature close by, wonderful.'],
  'mobility/pos': ['Cycling everywhere, great.', 'Great public transport.'],
  'mobility/neg': ['Bad public transport.', 'Traffic jams, awful.'],
  'tourism/neg': ['Way too many tourists, awful.', 'Tourist crowds, terrible.', 'Overtourism, awful.', 'I hate the tourist crowds.'],
  'tourism/pos': ['Tourists bring life, nice.'],
  'city_image/pos': ['The atmosphere, lovely.', 'Beautiful city.', 'The old centre, gorgeous.'],
  'work_career/neg': ['No jobs without {lang}.'],
  'education/pos': ['Great university.'],
};

/** Clauses that open a mixed sentence: something good about the place, then "but". */
export const MIX_OPENERS: Record<'en' | 'nl' | 'de', string[]> = {
  en: ['Great city, but', 'I love it here, but', 'Lovely place, but', 'Beautiful city, but', 'The people are great, but', 'I really like {hood}, but', 'Nice vibe overall, but'],
  nl: ['Mooie stad, maar', 'Ik woon hier graag, maar', 'Leuke stad hoor, maar', 'Prachtig centrum, maar'],
  de: ['Schöne Stadt, aber', 'Ich wohne gern hier, aber', 'Tolle Stadt, aber', 'Eigentlich super hier, aber'],
};

/** Emoji by mood, for tweets. */
export const EMOJI: Record<'pos' | 'neg' | 'neu' | 'mix', string[]> = {
  pos: ['❤️', '😍', '🙌', '✨', '☀️', '🥰', '👏', '🚲', '🎉', '😊'],
  neg: ['😩', '😤', '🙄', '😡', '💸', '🤦', '😞', '🫠'],
  neu: ['📍', '👀', '🤔', ''],
  mix: ['🤷', '😅', '🙃'],
};

/** Casual tweet prefixes and suffixes. */
export const TWEET_PREFIX = ['', '', '', '', '', 'ngl ', 'tbh ', 'honestly ', 'not gonna lie, '];
export const TWEET_SUFFIX: Record<'pos' | 'neg', string[]> = {
  pos: ['', '', '', '', '!!', ' lol', ' honestly', ' ngl'],
  neg: ['', '', '', '', '!!', ' 🙃', ' #justsaying', ' (again)', ' ffs'],
};
