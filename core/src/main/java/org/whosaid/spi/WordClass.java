package org.whosaid.spi;

/** Closed word classes the attribution rules use. */
public enum WordClass {
  /** Introduces a reported clause: "dat", "at", "that". */
  COMPLEMENTIZER,
  /** Introduces a reported question: "of", "om", "whether", "if". */
  QUESTION_COMPLEMENTIZER,
  /** Articles and determiners: "de", "het", "een", "the", "a". */
  DETERMINER,
  /** Possessive determiners that point at a person named before: "zijn", "hans", "his". */
  POSSESSIVE,
  /** Indefinite articles, which bring in someone new: "een", "en", "a". */
  INDEFINITE,
  /** Auxiliary and modal verbs: "heeft", "har", "has", "would". */
  AUXILIARY,
  /** Negation: "niet", "ikke", "not". */
  NEGATION,
  /** Prepositions that introduce the addressee of a speech act: "tegen", "til", "to". */
  ADDRESSEE,
  /** Prepositions in general. */
  PREPOSITION,
  /** Coordinating and subordinating conjunctions that end a clause: "en", "maar", "og", "but", "while". */
  CONJUNCTION,
  /** Personal pronoun for a man: "hij", "han", "he". */
  PRONOUN_MALE,
  /** Personal pronoun for a woman: "zij", "hun", "she". */
  PRONOUN_FEMALE,
  /** Personal pronoun for a group or organisation: "ze", "de", "they". */
  PRONOUN_PLURAL,
  /** Personal pronoun for a thing, state or organisation: "het", "det", "it". */
  PRONOUN_NEUTER,
  /** First-person pronoun, which points inside a quote, not at a speaker: "wij", "vi", "we". */
  PRONOUN_FIRST,
  /**
   * Second-person pronoun, which names nobody the text can resolve: "jij", "u", "du", "you". Never a
   * speaker ("You said that …" in an interview has no source); a function word like {@link #PRONOUN_FIRST}.
   */
  PRONOUN_SECOND,
  /** Adverbs and time words that may stand between a cue and its speaker: "gisteren", "tirsdag", "also". */
  ADVERB,
  /** Lower-case words that join parts of a name: "van", "der", "von", "de". */
  NAME_PARTICLE,
  /** Introduces the agent of a passive: "door", "av", "by". */
  AGENT,
  /** Marks an infinitive: "te", "å", "to". */
  INFINITIVE,
  /** Relative pronouns that stand for a speaker: "die", "som", "who". */
  RELATIVE,
  /** Adjectives of nationality or origin that may precede a title: "Duitse", "russiske", "German"; also Dutch nouns of nationality before a name ("de Argentijn X"), which are no part of it. */
  NATIONALITY,
  /**
   * Prepositions that tie a role to the body or portfolio it serves, after a name: "minister X van
   * Buitenlandse Zaken", "Professor X of Loyola Law School", "avdelingssjef X ved Rikshospitalet".
   */
  ROLE_PREPOSITION,
  /**
   * Nouns for a rule, plan or text that a source phrase may name without anyone speaking: "volgens
   * de wet", "ifølge planen", "according to the rules" are no statements.
   */
  NOT_A_SOURCE,
  /**
   * Nouns for the people a speaker addresses, which may stand between a speech verb and a clause
   * without a complementizer: "told reporters he would …", "told the court she was …".
   */
  AUDIENCE,
  /**
   * Prepositions of place, after which capitalised words name a place rather than a person: "uit
   * Buenos Aires", "i Los Angeles", "from Kyiv".
   */
  PLACE_PREPOSITION,
  /**
   * A person's pronoun as an object, which names a speaker after a source word: "volgens hem",
   * "ifølge henne", "according to him"; not a subject, so no {@code PRONOUN_*} class.
   */
  OBJECT_PRONOUN,
  /**
   * The empty subject of an existential clause: "there" in "there were reports that …"; also an
   * impersonal subject ("one": Dutch "men", Norwegian "man"), which names nobody either. Never a
   * speaker, and a cue word right after it and a form of "be" is a noun ("There were states that
   * …", "there have been claims that …"), no attribution.
   */
  EXISTENTIAL,
  /**
   * An interrogative that opens an embedded question: "what", "why", "how" in "explains what the
   * site is". A clause it opens after a speech verb is no reported proposition.
   */
  INTERROGATIVE,
  /**
   * A form of the auxiliary of the passive: "was", "were", "been" in "was told to leave", "it was
   * reported that …". A speech verb right after it, with no agent ("by …") close behind, reports
   * nobody's speech: its subject is who was told or what was said.
   */
  PASSIVE_AUXILIARY,
  /**
   * A present participle, which after a form of "be" is progressive, not passive: "they were saying
   * that …" has its speaker as subject.
   */
  PRESENT_PARTICIPLE,
  /**
   * A preposition that goes on inside one capitalised name after an article: "the Center for
   * Biological Diversity", "the House of Representatives" name one body, not "the Center".
   */
  NAME_PREPOSITION,
  /**
   * A speech verb whose object is the one spoken to, before the reported clause: "told The Jakarta
   * Post radio broadcasts were …" (after the addressee, a subject without an article may open the clause).
   */
  ADDRESSEE_VERB,
  /**
   * A conjunction that goes on inside an organisation's name after its name preposition, between
   * capitalised words: "the Institute of Allergy and Infectious Diseases" names one body, not
   * "Infectious Diseases".
   */
  NAME_CONJUNCTION,
  /**
   * A speech verb whose object without a complementizer is a thing it sends or shows, not a clause:
   * "posted a video from the hospital", "posted a time of 2:05:45"; it reports a clause only after
   * "that" (or a quote).
   */
  OBJECT_VERB,
  /**
   * A directive that asks: what it asks for is an infinitive without its marker after the addressee
   * ("ber regjeringen [stanse …]"), or a thing after a preposition, which is no statement ("ber om
   * nåde", "ba Nord-Korea om unnskyldning").
   */
  REQUEST_VERB,
  /**
   * A conjunction that opens a subordinate clause ("før", "fordi", "mens"): a verb after it has its
   * own subject, not that of an auxiliary before it ("har vært der lenge før legene spør om …").
   */
  SUBORDINATOR,
  /**
   * A given name that is a woman's in the language's news: "Maria", "Ingrid", "Mary". A male
   * pronoun does not point at a person whose name starts with one.
   */
  FEMALE_NAME,
  /**
   * A given name that is a man's in the language's news: "Pieter", "Knut", "John". A female
   * pronoun does not point at a person whose name starts with one.
   */
  MALE_NAME,
  /**
   * A capitalised word that ends the name of a place, event, law or building, not a person's:
   * "Day", "War", "Street", "Cup". A name that ends in one is no person a pronoun means unless a
   * given name opens it ("Independence Day", "the Iraq War"; but "Doris Day").
   */
  THING_NAME_HEAD,
  /**
   * A noun for any kind of body that, bare after its article, names again the organisation that
   * has just spoken: "het instituut", "het bedrijf" after "Het RIVM meldt …" (unlike "het
   * ministerie", a kind of body of its own).
   */
  GENERIC_BODY,
  /**
   * A preposition that, right before the infinitive marker, is the particle of a separable verb
   * and no purpose clause's preposition: "kondigde aan een motie [in te dienen]", "dreigt [aan te vallen]".
   */
  VERB_PARTICLE,
  /**
   * A speech verb for what a text says, a cue only with a document noun close before it (its
   * subject) or after it (inverted): "the statement read: “…”", "“…”, reads the ruling"; not "he
   * read the book".
   */
  DOCUMENT_VERB,
  /**
   * A verb by which someone puts out a document: "released", "issued", "signed", "publiceerde",
   * "sendte". Its subject is the author of the document it governs ("Sean Conley issued a statement
   * saying …"), as is the agent after its participle ("a statement released by her family"); unlike
   * "saw a report saying …", where the report speaks.
   */
  ISSUING_VERB,
  /**
   * A word that opens the name of a region or state, never a person's: "North", "Northern",
   * "Noord", "Sør". A capitalised run that opens with one ("Northern Cyprus", "North Korea",
   * "West Bank") is a place: no person a pronoun means, and no full name that a later "Cyprus"
   * would be the surname of.
   */
  PLACE_NAME_OPENER,
  /**
   * A focus or degree particle, which narrows or grades what follows it: "only", "even",
   * "nearly", "alleen", "bijna", "bare", "nesten". Given with {@link #ADVERB} for the attribution
   * rules ("Only the minister said …": no name), it may lead a counted subject ("said nearly 3,000
   * people …") and stays a feature of the claim ("only after seeing Russia's pullout").
   */
  FOCUS,
  /**
   * A noun for someone that names a source only with a postmodifier and its object after it:
   * "people familiar with the matter", "a person briefed on the talks"; alone it is no title ("a
   * million people requested refunds").
   */
  POSTMODIFIED_TITLE,
  /**
   * A form of address before a name, listed with the titles as well: "Mr", "Ms", "mevrouw", "de
   * heer", "fru". It is no role: "Mr Kuleba" is Kuleba, whose role the honorific does not tell.
   */
  HONORIFIC
}
