/** What moderators ask and how participants react in a focus group, beyond the opinions themselves. */
import type { ThemeId } from '../types.ts';

/** Moderator questions that open a topic. `{city}` and other slots are filled in. */
export const QUESTIONS: Record<ThemeId, string[]> = {
  housing: ["Let's talk about housing. How did you find a place to live?", 'What has your experience been with finding a home here?', 'How do you feel about the housing situation in {city}?'],
  cost_of_living: ['And the cost of living, how does that affect you?', 'Is {city} an affordable place for you?'],
  bureaucracy: ['What about the paperwork when you arrived: registration, permits, that kind of thing?', 'How were your contacts with {office}?'],
  healthcare: ['How easy was it to find a doctor or a dentist?', 'What about healthcare, any experiences you want to share?'],
  language: ['What role does {lang} play in your daily life?', 'Can you get by in English here, or do you need {lang}?'],
  work_career: ['How about work? How did you find your job?', 'What are your career prospects like in {city}?'],
  education: ['For the students among you, how do you experience {uni}?', 'What do you think of the education here?'],
  family: ['Some of you came with family. How has that been?', 'What is it like to raise children in {city}?'],
  social_life: ['Have you been able to make friends here? With locals?', 'Do you feel at home in {city}? Do you feel you belong?'],
  discrimination: ['Have you ever felt unwelcome or treated differently here?'],
  diversity: ['How would you describe the people of {city}, the mix of people?', 'The city says it is open and diverse. Is that how you experience it?'],
  culture_events: ['What do you do in your free time? Festivals, museums, going out?', 'What about culture and events, what do you enjoy?'],
  mobility: ['How do you get around the city?', 'What do you think of public transport and cycling here?'],
  safety: ['Do you feel safe in {city}?'],
  environment: ['What about green space and nature around the city?', 'How important are the parks and {water} to you?'],
  information: ['Where do you find information about the city and its services?'],
  economy: ['How do you see the local economy, jobs, businesses?'],
  city_image: ['If you had to describe {city} to a friend abroad, what would you say?', 'Have you seen the city campaigns? Do they match the city you know?'],
  tourism: ['Let us talk about tourism. How do the visitors affect your daily life?', 'How do you feel about the number of tourists in {city}?', 'What does tourism mean for your neighbourhood?'],
  governance: ['Do you feel the municipality listens to residents?', 'How much do you trust the city council on these issues?'],
  retention: ['Do you see yourself staying in {city}, or moving on?', 'What would make you stay here after your studies or contract?'],
};

/** Short reactions that carry no theme: agreement, surprise, laughter. */
export const REACTIONS = ['Same here.', 'Exactly, yes.', 'Really? That is awful.', 'Yes, I recognise that.', 'Oh, totally.', '[laughs] True.', 'I had the same experience.', 'Hm, not for me.', 'I agree with her.', 'Yes.', 'Absolutely.', 'That surprises me.'];

/** The moderator's opening, per kind of session. */
export const OPENINGS: Record<'resident' | 'international' | 'mixed', string[]> = {
  international: [
    'Welcome, everyone, and thanks for coming. Everything you say stays anonymous. To start, could you each say briefly what made you choose {city}?',
    'Thank you all for being here tonight. We want to hear how newcomers experience {city}. Shall we start with a short round: who are you and how long have you been here?',
  ],
  resident: [
    'Good evening and welcome. The city asked us to listen to residents, so please be honest. Could you each tell us how long you have lived in {city}?',
    'Thanks for joining. Let us start with a quick round: where in {city} do you live, and what do you like about it?',
  ],
  mixed: ['Welcome, all of you. Tonight we have long-time residents and people who moved here recently, which is great. Who wants to start: what do you like about {city}?'],
};

/** Closing lines of the moderator. */
export const CLOSINGS = ['Thank you all, this was really helpful.', 'We are out of time. Thank you so much for your honesty.', 'Great, thank you. We will share a summary with the city.'];

/** Neutral self-introductions in the opening round. */
export const INTROS: Record<'resident' | 'international' | 'young', string[]> = {
  young: ['I was born here and I study at {uni} now.', 'I grew up in {hood} and I still live with my parents, [honestly|to be fair] because of the rents.', 'I moved here from a village nearby [two|three] years ago for my studies.'],
  international: ["I came here [two|three|four|five] years ago for [work|a job at {employer}|my master at {uni}|my partner's job].", 'I moved from [India|Brazil|Spain|Italy|Poland|Nigeria|Turkey|China|the US|Mexico|Greece] [last year|in {last_month}|two years ago] and I live in {hood}.', 'I work at {employer} and I have been here since [last summer|{last_month}|2023].'],
  resident: ['I have lived in {hood} [all my life|for thirty years|since 1998|for {n_years} years].', 'I grew up here, moved away for a while and came back [ten years ago|in 2015|after my studies].', 'I live [near|just off] {street} with my [family|partner|two kids].'],
};
