/**
 * The 25 items of the "Welcoming International Talent" checklist (URBACT), in our own words:
 * 9 before arrival, 11 while here, 5 after they leave. Each names the evidence it is read from.
 */
import type { ThemeId } from '../types.ts';
import type { ChecklistItemDef, EvidenceRule } from './types.ts';

/** Net sentiment of internationals about any of the themes. */
const intl = (label: string, ...themes: ThemeId[]): EvidenceRule =>
  ({ kind: 'net', label, themes, group: 'international' });

export const CHECKLIST: ChecklistItemDef[] = [
  // before arrival
  { id: 'b1-one-portal', stage: 'before', text: 'One up-to-date portal tells newcomers what to arrange before they come',
    evidence: [intl('Internationals on information', 'information')] },
  { id: 'b2-user-information', stage: 'before', text: 'Information is also user-created: newcomers hear from people who live here, not only from the city',
    evidence: [{ kind: 'voice_share', label: 'User share of information segments', theme: 'information', voice: 'user' }] },
  { id: 'b3-visas-permits', stage: 'before', text: 'Visa and residence-permit steps are explained and can start before arrival',
    evidence: [intl('Internationals on bureaucracy', 'bureaucracy')] },
  { id: 'b4-housing-before', stage: 'before', text: 'Help to find a home is offered before people arrive (listings, scam warnings, short stays)',
    evidence: [intl('Internationals on housing', 'housing'), { kind: 'survey', label: 'Satisfied with finding housing (top-2-box)', match: 'hous|home|accommodation|woning' }] },
  { id: 'b5-honest-image', stage: 'before', text: 'The city is shown honestly: what newcomers read matches what they find',
    evidence: [intl('Internationals on the city\'s image', 'city_image')] },
  { id: 'b6-jobs-visible', stage: 'before', text: 'Jobs and careers in the region are visible to people who are thinking of coming',
    evidence: [intl('Internationals on work and careers', 'work_career')] },
  { id: 'b7-study-offer', stage: 'before', text: 'Universities and employers present the city together with their offer',
    evidence: [intl('Internationals on education', 'education')] },
  { id: 'b8-cost-clear', stage: 'before', text: 'The cost of living is stated plainly before arrival',
    evidence: [intl('Internationals on the cost of living', 'cost_of_living')] },
  { id: 'b9-family-before', stage: 'before', text: 'Partners and children are considered from the first contact (schools, partner jobs)',
    evidence: [intl('Internationals on family', 'family')] },
  // while here
  { id: 'h1-welcome-desk', stage: 'here', text: 'A welcome desk handles registration and permits in one place',
    evidence: [intl('Internationals on bureaucracy', 'bureaucracy'), { kind: 'survey', label: 'Satisfied with welcome services (top-2-box)', match: 'welcome|registration|permit|municipal' }] },
  { id: 'h2-language-courses', stage: 'here', text: 'Affordable local-language courses are available, and English works meanwhile',
    evidence: [intl('Internationals on language', 'language')] },
  { id: 'h3-partner-support', stage: 'here', text: 'Accompanying partners get support to find work and a life of their own',
    evidence: [intl('Internationals on family and work', 'family', 'work_career'),
      { kind: 'net', label: 'Partners on family and work', themes: ['family', 'work_career'], group: 'international', role: 'partner' }] },
  { id: 'h4-schools', stage: 'here', text: 'International and bilingual school places and childcare are available',
    evidence: [intl('Internationals on family and schools', 'family', 'education')] },
  { id: 'h5-meeting-locals', stage: 'here', text: 'Newcomers meet locals, not only other internationals',
    evidence: [intl('Internationals on social life', 'social_life'), { kind: 'survey', label: 'Feel at home / included (top-2-box)', match: 'belong|at home|included|inclusion|welcome' }] },
  { id: 'h6-residents-open', stage: 'here', text: 'Residents see the newcomers as part of the city',
    evidence: [{ kind: 'net', label: 'Residents on diversity', themes: ['diversity'], group: 'resident' }] },
  { id: 'h7-no-discrimination', stage: 'here', text: 'Discrimination is recognised and acted upon',
    evidence: [intl('Internationals on discrimination', 'discrimination')] },
  { id: 'h8-healthcare', stage: 'here', text: 'Finding a GP, a dentist and insurance is easy to do in English',
    evidence: [intl('Internationals on healthcare', 'healthcare')] },
  { id: 'h9-housing-here', stage: 'here', text: 'Housing is affordable and landlords are fair to newcomers',
    evidence: [intl('Internationals on housing', 'housing')] },
  { id: 'h10-career-services', stage: 'here', text: 'Career services help with jobs, diploma recognition and start-ups',
    evidence: [intl('Internationals on work and careers', 'work_career'), { kind: 'survey', label: 'Career prospects (top-2-box)', match: 'career|job|work' }] },
  { id: 'h11-voice', stage: 'here', text: 'Internationals have a say in the city\'s policies and events',
    evidence: [intl('Internationals on governance', 'governance'), intl('Internationals on culture and events', 'culture_events')] },
  // after they leave
  { id: 'a1-stay-on', stage: 'after', text: 'Graduates and researchers find a way to stay (search year, first job)',
    evidence: [{ kind: 'net', label: 'Students and researchers on work and careers', themes: ['work_career'], group: 'international', role: 'student' },
      intl('Internationals on work and careers', 'work_career')] },
  { id: 'a2-alumni', stage: 'after', text: 'An alumni network keeps in touch with those who left',
    evidence: [intl('Internationals on social life', 'social_life')] },
  { id: 'a3-ambassadors', stage: 'after', text: 'Former internationals are invited to act as ambassadors of the city',
    evidence: [intl('Internationals on the city\'s image', 'city_image')] },
  { id: 'a4-recommend', stage: 'after', text: 'Those who leave would recommend the city',
    evidence: [{ kind: 'net', label: 'Internationals overall', themes: ['city_image', 'social_life', 'culture_events'], group: 'international' },
      { kind: 'nps', label: 'Would recommend the city (NPS)', match: 'recommend' }] },
  { id: 'a5-exit-learning', stage: 'after', text: 'The city asks why people leave and learns from it',
    evidence: [intl('Internationals on the city\'s governance', 'governance')] },
];
