import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../ingest/analysis/index.ts';

// The taxonomy as the city-branding literature files things (issue 18): the matcher alone.
const taxonomy = createAnalyzer({ models: null });
const themes = (text: string, language: string) => taxonomy.analyze(text, { language }).themes;

describe('taxonomy fixes', () => {
  it.each([
    ['en', 'The listing was fake and I never saw my deposit again.'],
    ['nl', 'Ik ben opgelicht met een nepadvertentie en mijn borg is weg.'],
    ['de', 'Die Anzeige war Betrug, die Kaution ist weg.'],
    ['fr', "C'était une arnaque, j'ai perdu ma caution."],
  ])('files housing scams and deposits under housing (%s)', (language, text) => {
    expect(themes(text, language)).toContain('housing');
  });

  it.each([
    ['en', 'Since the divorce I am in debt and go to the food bank.'],
    ['nl', 'Steeds meer gezinnen leven in armoede en hebben schulden.'],
    ['de', 'Die Armut im Viertel wächst, viele haben Schulden.'],
    ['fr', 'La pauvreté augmente, beaucoup de familles ont des dettes.'],
  ])('files poverty and debt under cost of living (%s)', (language, text) => {
    expect(themes(text, language)).toContain('cost_of_living');
  });

  it.each([
    ['en', 'There is no dual career support, so my wife cannot work here.'],
    ['nl', 'Voor mijn vrouw is er geen partnerbaan te vinden.'],
    ['de', 'Einen Partnerjob für meine Frau gibt es hier nicht.'],
    ['fr', "Il n'y a aucune aide à l'emploi du conjoint."],
  ])('files dual careers and spouse employment under family and work (%s)', (language, text) => {
    expect(themes(text, language)).toEqual(expect.arrayContaining(['family', 'work_career']));
  });

  it.each([
    ['en', 'Many refugees arrived in the city last year.'],
    ['nl', 'Er kwamen vorig jaar veel vluchtelingen naar de stad.'],
    ['de', 'Letztes Jahr kamen viele Flüchtlinge in die Stadt.'],
    ['fr', "Beaucoup de réfugiés sont arrivés l'an dernier."],
  ])('does not read refugees as diversity (%s)', (language, text) => {
    expect(themes(text, language)).not.toContain('diversity');
  });

  it('files an asylum procedure under bureaucracy', () => {
    expect(themes('My asylum application has been pending for a year.', 'en')).toContain('bureaucracy');
    expect(themes('Mein Asylverfahren dauert schon ein Jahr.', 'de')).toContain('bureaucracy');
  });
});
