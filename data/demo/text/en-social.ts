/** English phrase pools for the incorporation themes: language, work, study, family, friends, discrimination, diversity. */
import type { Pool } from './pool.ts';

export const EN_SOCIAL: Pool = {
  'language/neg': [
    'Without {lang} [you are|you\'re|I am] [lost|excluded|stuck] at [every appointment|work meetings|the doctor], and [it is frustrating|that is hard|it hurts].',
    'The {lang} lessons are [expensive|always full|badly organised] and [the waiting list is months long|I could not get a place], [so disappointing|very frustrating].',
    'Every [letter|form|contract] is in {lang}, even though everyone says English is enough, and [I feel stupid|it\'s awful|I feel helpless].',
    'People switch [to English|languages] the moment I try my {lang}, so I [never practise|never improve|feel embarrassed], [which is sad|frustrating].',
    'My {lang} is still [bad|terrible|poor] after {n_years} years and [I feel ashamed|it blocks my career|it makes me lonely].',
  ],
  'language/pos': [
    'Almost everyone speaks English, which made [the first months|the start|settling in] [so much easier|really easy|wonderful].',
    'The free {lang} [class|café|conversation group] at the library is [great|excellent|lovely] and the teachers are [patient|kind|fantastic].',
    'Locals [are happy|love it] when you try a few words of {lang}, [it\'s sweet|that is lovely|I appreciate that].',
  ],
  'language/neu': ['I take {lang} classes twice a week.', 'At work we speak English, at home my partner and I speak {lang}.'],
  'work_career/neg': [
    'Finding a job [without {lang}|as a foreigner|in my field] is [almost impossible|really hard|depressing]; I sent {n_viewing} applications [for nothing|and got nothing].',
    'My [diploma|degree|experience] is [not recognised|worth nothing here] and I [ended up|now work] [stacking shelves|in a warehouse|in a call centre], [which is sad|it is so frustrating].',
    'Salaries are [low|bad|poor] for the [rents|prices] we pay and [the contracts are temporary|nobody offers a permanent contract].',
    '[As an accompanying partner|As a spouse] I feel [invisible|useless|stuck]: [no job|no network|no career] and nobody [helps|cares].',
  ],
  'work_career/pos': [
    'I found a [great|good|fantastic] job at {employer} within [a month|{n_weeks} weeks] and [my colleagues are lovely|I love my team].',
    'The [job market|tech scene|hospital] is [strong|great|booming] and [employers are happy to hire internationals|there are plenty of opportunities].',
    'My colleagues are [fantastic|great|friendly] and [work-life balance is excellent|nobody works late], [I love it|that is wonderful].',
  ],
  'work_career/neu': ['I work at {employer}.', 'I work [four|three] days a week.'],
  'education/neg': [
    'The [lecture halls|classes] at {uni} are [overcrowded|packed|chaotic] and [the teachers|some teachers] are [disorganised|unreachable].',
    'Tuition for non-EU students is [outrageous|very high|ridiculous] and [the support is poor|we get little support].',
  ],
  'education/pos': [
    '{uni} is [excellent|fantastic|a great place to study] and [the professors are inspiring|the labs are world-class|the teaching is great].',
    'The [study programme|master programme|international classroom] is [great|excellent|really good] and I [learn a lot|love it].',
  ],
  'education/neu': ['I study at {uni}.', 'I came here for a master at {uni}.'],
  'family/neg': [
    'Childcare costs [way too much|as much as our rent] and the [waiting lists|queues] are [insane|terrible|ridiculous].',
    'There are [too few|not enough] international school places, [it is terrible|we are worried|a bad problem] for families.',
    'My partner [has no job|feels isolated|is lonely] and [it puts stress on our family|that is hard for us].',
  ],
  'family/pos': [
    'It is a [great|wonderful|lovely] place to raise kids: [safe|green|playgrounds everywhere] and [the schools are good|the daycare is excellent].',
    'Our children [love|are happy at] their school and [made friends quickly|speak {lang} already], [which is wonderful|amazing].',
  ],
  'social_life/neg': [
    'Making [local friends|friends with locals|friends among the {demonym}] is [really hard|almost impossible|tough]; [people are polite but closed|everyone already has their friends].',
    'I feel [lonely|isolated|very lonely] [most weekends|after {n_years} years|in winter] and [I am stuck in|I only know] the expat bubble.',
    'People here [plan|schedule] coffee {n_weeks} weeks ahead, [it feels cold|which is sad|which feels distant].',
  ],
  'social_life/pos': [
    'I met [wonderful|great|amazing|lovely] friends through [my sports club|the choir|the climbing gym|work] and [feel at home|I feel I belong].',
    'The neighbours [invited us|welcomed us] with [a cake|drinks|a street party] and [it was lovely|we felt so welcome].',
    'There is a [warm|friendly|great] community [here|in {hood}] and people [help each other|look out for each other].',
  ],
  'social_life/neu': ['Most of my friends are other internationals.', 'I joined a running club in {hood}.'],
  'family/neu': ['Our [kids go|daughter goes|son goes] to a [local|bilingual] school in {hood}.', 'We have two children.'],
  'discrimination/neu': ['The city has an anti-discrimination hotline.'],
  'discrimination/neg': [
    'I [have experienced|experienced|face] racism [at the supermarket|on {transit}|at work|from a landlord], and [it hurts|it was awful|nobody stepped in].',
    'With my [accent|name|headscarf] I feel [unwelcome|treated differently|judged] [when applying for jobs|in shops|at {office}], [which is painful|and it is horrible].',
  ],
  'discrimination/pos': ['I have [never|rarely] felt [discriminated against|treated differently] here, [which I appreciate|and that is great].'],
  'diversity/pos': [
    'I love how [diverse|multicultural|open-minded|international and diverse] the city is: [you hear ten languages on {transit}|{n_nat} nationalities live here|every street has a different culture].',
    'What I [like|love|appreciate] most is the [diversity|openness|tolerance]: nobody cares where you come from [and that is wonderful|and it feels great].',
    '{hood} is [wonderfully|beautifully|so] diverse, [from {food} to {food}|with people from everywhere], and [I love it|it is great].',
    'The city is [open|tolerant|accepting] and [diverse|multicultural]; [I can be myself here|as a queer person I feel safe|my kids grow up with all cultures].',
    '[You really feel|It is great to feel] that [all backgrounds|different cultures|so many nationalities] belong here, [it is a melting pot|it is beautiful|which I love].',
    'The best thing is the [mix of people|multicultural mix|diversity]: [friendly|open-minded|tolerant] people from [everywhere|all over the world], [I love that|wonderful].',
  ],
  'diversity/neg': [
    'The city [says|claims] it is [diverse|inclusive], but [the neighbourhoods are segregated|the council looks nothing like the city], [which is disappointing|that is sad].',
    'Talk of inclusion is [nice|pretty words], but [newcomers|migrants] still feel [excluded|unwelcome], [it is hypocritical|which is frustrating].',
  ],
  'diversity/neu': ['About half of the people in {hood} have a migration background.'],
};
