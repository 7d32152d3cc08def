/**
 * The engine's own property names, shortened in the extension worker's script.
 *
 * The words of a token (`surface`, `lower`, `word`), the paragraph model's indexes, the discourse state and the source
 * registry's private indexes and methods (`salientPerson`, `byRole`, …) are read hundreds of times by the rules:
 * `.lower` alone is written 800 times in the worker's minified script, 4 KB of the 150 KB it may weigh (issue 13's
 * cold-start budget). A minifier keeps property names, since it cannot know which ones leave the
 * script; these never do. None is a field of the report, of a message, of stored settings or of the data files the
 * worker reads (`table-words.json`, `wordlists.bin`: arrays, no keys), so the extension build (wxt.config.ts) renames
 * them after minifying, and the source keeps names that explain themselves.
 *
 * test/unit/deferred-words.test.ts bundles the engine with the same renaming and checks that it answers exactly as the
 * source does. esbuild reads the pattern as a Go regular expression, which takes no flags.
 * A name added here that did leave the engine would break that check or the browser suites. Keys of the rule tables
 * (`lemma`, `forms`) stay: that check compares the tables as data, key by key.
 *
 * `from` and `to` are the ends of the engine's token ranges (clauses, speakers, reported content), written some 450
 * times in the worker; no report field, message or data key is named so. `from` is also a built-in's name
 * (`Array.from`), which would be renamed with them: the worker's modules spread an iterable instead.
 *
 * An engine field that shared its name with a report field, a message's, stored data's or a built-in's was renamed in
 * the source so that it could join (the report still takes its fields from them by name, report.ts):
 *  - a speaker reference's `type`, `name`, `kind`, `anonymous`, `person`, `single` and `text`: `refType`,
 *    `sourceName`, `sourceKind`, `isAnonymous`, `isPerson`, `oneWord`, `phraseText`;
 *  - a source entity's `name`, `kind`, `anonymous`, `last` and `key`: `sourceName`, `sourceKind`, `isAnonymous`,
 *    `referredAt`, `nameKey`; an organisation mention's `name`, `key` and `last`: `orgName`, `orgKey`, `lastWord`;
 *  - a clause's `cue`, `verb`, `lemma` and `rule` (reported content's `rule` too): `cueAt`, `cueVerb`, `cueLemma`,
 *    `foundBy`; a draft's `quoted`: `quotedSpan`;
 *  - a paragraph's `index`, `text`, `quotes` and `clauses`: `blockIndex`, `paragraphText`, `quotedSpans`,
 *    `attributions`;
 *  - the character offsets of tokens, sentences, name occurrences and quoted spans: `charStart` and `charEnd` (a
 *    report span's are `start` and `end`);
 *  - a name occurrence's `parts` and their `name`: `nameParts`, `bareName`; the name lexicon's `first` and `last`:
 *    `givenNames`, `familyNames`; `runWords`' result: `wordsOfRun`, `firstOfRun`.
 * The word sets' names (`irregularPast`, `adjectives`, …) join because the generated module writes the object that
 * holds them key by key (`setsByName`, scripts/wordlists.ts).
 */
export const SHORT_PROPERTIES = /^(?:surface|lower|word|tokens|sentenceTokens|tokenSentence|sentenceClauses|clauseSentence|clauseAtCue|lastSpoke|lastQuoteEntity|paragraphSpeaker|personSurnames|fullBySurname|surname|gender|entity|findPerson|namedPerson|introducer|titles|sentences|subject|appositive|fullNameOfGender|namedInFull|fullByGiven|organisationFor|anonymousByHead|orgsByInitials|orgMidSentence|salientPerson|introductions|unnamedSince|singlePeople|namedByKind|keysIndexed|orgsByLast|organisationBefore|otherSubjectSince|continuingSubject|outranked|personSpokeSince|coordinatedWith|byRole|cueTo|clauseAtFrom|peopleBySurname|touch|lastQuoteBlock|inQuote|isCommon|organisation|spoken|parenthetical|orgs|definite|reasonTrigger|orgCount|cueFrom|entities|openAtEnd|refs|facts|fallback|attributed|initial|relative|sentence|names|phrase|joined|clause|roles|spoke|side|otherwise|speakerRange|from|to|mention|close|pos|ref|phraseBeforeAscii|describedSpeaker|byKey|nameGender|resolvePronoun|accessTrigger|listenerUntil|mentionEntity|onlyGivenName|salientHolder|selfStanding|phraseBefore|onlyFullName|surnameFirst|salientNamed|singular|fullName|unnamedOnly|unasserted|headAtEnd|speakerAt|byLead|offset|whyAscii|headList|headMax|cls|leads|texts|drafts|head|plural|open|continued|members|spans|refType|nameParts|bareName|cueAt|cueVerb|wordsOfRun|firstOfRun|givenNames|familyNames|charStart|charEnd|maleNames|femaleNames|firstNames|lastNames|organizations|places|nouns|actors|irregularPast|adverbs|adjectives|paragraphText|blockIndex|attributions|quotedSpans|foundBy|cueLemma|quotedSpan|sourceName|sourceKind|isAnonymous|isPerson|phraseText|orgName|orgKey|lastWord|referredAt|nameKey|oneWord)$/;
