/**
 * Cue words for the learned scorer, per language: the signals the lexicons miss on city text
 * (wishes naming a lack, irony markers, contrast, negation, questions). Written from the label
 * definitions (a wish or demand naming a lack is negative; sarcasm counts as what is meant),
 * never from an evaluation sentence. They are features, not rules: the weights are learned.
 * Irony markers are only the words that distance a speaker from a claim ("so-called"): general
 * words such as "wow", "thanks" or "great" taught the model that praise is sarcasm.
 */

type CueSet = { wish: Set<string>; irony: Set<string>; contrast: Set<string>; negation: Set<string>; lack: Set<string>; more: Set<string> };

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

const CUES: Record<string, CueSet> = {
  en: {
    wish: words('please pls plz should shouldn\'t need needs needed must wish hope hopefully why wouldn\'t could want'),
    irony: words('so-called supposedly allegedly /s'),
    contrast: words('but however though although yet except whereas still'),
    negation: words('not no never nobody nothing nowhere none n\'t cannot can\'t won\'t don\'t doesn\'t didn\'t isn\'t wasn\'t aren\'t without'),
    lack: words('lack lacking missing shortage impossible nowhere waiting wait queue again still months weeks hours only'),
    more: words('more less fewer cheaper better enough'),
  },
  nl: {
    wish: words('graag alsjeblieft aub pls moet moeten zou zouden zouden wil willen hoop hopelijk waarom mag'),
    irony: words('zogenaamd zogenaamde zogezegd zogezegde'),
    contrast: words('maar echter toch hoewel ondanks alleen wel'),
    negation: words('niet geen nooit niemand niets nergens zonder'),
    lack: words('tekort gebrek onmogelijk nergens wachten wachtlijst weer alweer nog steeds maanden weken uur pas'),
    more: words('meer minder goedkoper beter genoeg extra'),
  },
  de: {
    wish: words('bitte sollte sollten soll muss müsste müssten brauchen braucht wünsche hoffe hoffentlich warum wäre könnte'),
    irony: words('sogenannt sogenannte sogenannten sogenannter angeblich angebliche'),
    contrast: words('aber jedoch trotzdem obwohl allerdings dennoch nur sondern'),
    negation: words('nicht kein keine keinen keinem keiner nie niemals nichts niemand nirgends ohne'),
    lack: words('mangel fehlt fehlen unmöglich nirgends warten warteliste wieder schon immer noch monate wochen stunden erst'),
    more: words('mehr weniger günstiger besser genug'),
  },
  fr: {
    wish: words('svp stp faut faudrait devrait devraient doit besoin aimerais voudrais espère pourquoi pourrait'),
    irony: words('soi-disant soi-disante prétendument prétendu prétendue'),
    contrast: words('mais cependant pourtant toutefois néanmoins quoique malgré sauf'),
    negation: words('ne n\' pas jamais aucun aucune rien personne sans nulle'),
    lack: words('manque pénurie impossible nulle attendre attente encore toujours mois semaines heures seulement'),
    more: words('plus moins meilleur assez davantage'),
  },
  es: {
    wish: words('porfa favor debería deberían debe necesitamos necesita quiero ojalá espero por qué podría'),
    irony: words('supuestamente supuesto supuesta llamada'),
    contrast: words('pero sin embargo aunque sino pese'),
    negation: words('no nunca jamás ni nada nadie ningún ninguna sin'),
    lack: words('falta faltan escasez imposible esperar espera lista otra vez todavía meses semanas horas solo'),
    more: words('más menos mejor barato suficiente'),
  },
  it: {
    wish: words('per favore dovrebbe dovrebbero bisogna serve servono vorrei speriamo spero perché potrebbe'),
    irony: words('cosiddetto cosiddetta cosiddetti presunto presunta'),
    contrast: words('ma però tuttavia eppure sebbene benché nonostante'),
    negation: words('non mai nessun nessuno nessuna niente nulla né senza'),
    lack: words('manca mancano carenza impossibile aspettare attesa lista ancora sempre mesi settimane ore solo'),
    more: words('più meno meglio economico abbastanza'),
  },
  pt: {
    wish: words('favor deveria deveriam devia precisa precisamos quero espero oxalá porque podia poderia'),
    irony: words('suposto suposta supostamente chamada'),
    contrast: words('mas porém contudo todavia embora apesar'),
    negation: words('não nunca jamais nem nada ninguém nenhum nenhuma sem'),
    lack: words('falta faltam escassez impossível esperar espera fila outra vez ainda meses semanas horas só'),
    more: words('mais menos melhor barato suficiente'),
  },
};

/** The cue sets of a language (English's for a language without its own). */
export function cuesFor(language: string): CueSet {
  return CUES[language] ?? CUES.en;
}

export type { CueSet };
