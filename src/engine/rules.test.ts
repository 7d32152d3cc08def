/**
 * Every named attribution rule, exercised by sentences written for it. Each table row names the rule it expects to
 * produce the quote, so a rule that stops firing — or fires under another name — fails here, and the last block checks
 * that no rule is left without a row.
 */
import { describe, expect, it } from 'vitest';
import { analyzeBlocks } from './analyze';
import { CLAUSE_RULES, type ClauseRule } from './clauses';
import { DIRECT_RULES, type DirectRule } from './direct';
import { DISCOURSE_RULES, type DiscourseRule } from './discourse';
import { REPORTED_RULES, type ReportedRule } from './reported';
import type { Quote } from './types';

interface Row<R extends string> {
  rule: R;
  /** Paragraphs; the quote under test is in the last one. */
  text: string | string[];
  /** The quote's text (direct: inside the marks; reported: the content alone). */
  quote: string;
  speaker: string | null;
}

function quotesOf(text: string | string[]): Quote[] {
  return analyzeBlocks(Array.isArray(text) ? text : [text]).quotes;
}

const REPORTED: Array<Row<ReportedRule>> = [
  { rule: 'content-after-cue', text: 'The mayor, Ana Ruiz, said on Monday that the bridge would reopen in May.', quote: 'the bridge would reopen in May', speaker: 'Ana Ruiz' },
  // An aside between dashes or in brackets, commas and all, before "that".
  { rule: 'content-after-cue', text: 'The harbour master said — on the radio, of all places — that the pier would close.', quote: 'the pier would close', speaker: 'harbour master' },
  // A programme listened to, in quotation marks, before "that" is not content.
  { rule: 'content-after-cue', text: 'Ana Ruiz told “Meet the Harbour” that the bridge would reopen in May.', quote: 'the bridge would reopen in May', speaker: 'Ana Ruiz' },
  // A verbless adverbial opening the content is closed by its comma; the content's clause follows.
  { rule: 'content-after-cue', text: 'Ana Ruiz disclosed that after the storm, the harbour master called her to apologise.', quote: 'after the storm, the harbour master called her to apologise', speaker: 'Ana Ruiz' },
  // "both … and" joins two subjects of one clause; across a verb, "and" opens a second report.
  { rule: 'content-after-cue', text: 'Ana Ruiz said both she and Tomas Berg promised to keep the pier open.', quote: 'both she and Tomas Berg promised to keep the pier open', speaker: 'Ana Ruiz' },
  { rule: 'content-after-cue', text: 'Ana Ruiz said both men were wrong and Tomas Berg said nothing.', quote: 'both men were wrong', speaker: 'Ana Ruiz' },
  { rule: 'content-after-cue', text: 'Ana Ruiz said (in a later interview) that the bridge would reopen in May.', quote: 'the bridge would reopen in May', speaker: 'Ana Ruiz' },
  { rule: 'content-after-cue', text: 'Tomas Berg told reporters the strike was over.', quote: 'the strike was over', speaker: 'Tomas Berg' },
  { rule: 'content-after-cue', text: 'Tomas Berg told police that the van was stolen.', quote: 'the van was stolen', speaker: 'Tomas Berg' },
  // The listener may be an outlet's audience, or its role and name, and ends at a second determiner.
  { rule: 'content-after-cue', text: 'Tomas Berg told Harbour Radio listeners that the van was stolen.', quote: 'the van was stolen', speaker: 'Tomas Berg' },
  { rule: 'content-after-cue', text: 'Tomas Berg told Harbour Radio Morning host Ruth Bell that the van was stolen.', quote: 'the van was stolen', speaker: 'Tomas Berg' },
  { rule: 'content-after-cue', text: 'Tomas Berg told the newspaper the van was stolen.', quote: 'the van was stolen', speaker: 'Tomas Berg' },
  { rule: 'content-after-cue', text: 'Tomas Berg assured a crowd of weary dock workers that the port would reopen.', quote: 'the port would reopen', speaker: 'Tomas Berg' },
  { rule: 'content-after-cue', text: 'Tomas Berg told some of his neighbours that the van was stolen.', quote: 'the van was stolen', speaker: 'Tomas Berg' },
  { rule: 'content-after-cue', text: 'Tomas Berg told one of her aides that the van was stolen.', quote: 'the van was stolen', speaker: 'Tomas Berg' },
  { rule: 'content-after-cue', text: 'Tomas Berg told The Courier of Dundee last week the van was stolen.', quote: 'the van was stolen', speaker: 'Tomas Berg' },
  { rule: 'content-after-cue', text: 'Tomas Berg told investigators the van was stolen.', quote: 'the van was stolen', speaker: 'Tomas Berg' },
  { rule: 'content-after-cue', text: 'Tomas Berg told members of the harbour workers council that the strike was over.', quote: 'the strike was over', speaker: 'Tomas Berg' },
  { rule: 'content-after-cue', text: 'Rita Vance reminded officers that the gate was locked.', quote: 'the gate was locked', speaker: 'Rita Vance' },
  { rule: 'content-after-cue', text: 'The ministry has warned that it will close the port (Image: Harbour Photos) to all ferries.', quote: 'it will close the port', speaker: 'the ministry' },
  { rule: 'content-after-cue', text: 'Tomas Berg told friends and family that the port would close.', quote: 'the port would close', speaker: 'Tomas Berg' },
  { rule: 'content-after-cue', text: 'Tomas Berg told voters here Sunday that the port would close.', quote: 'the port would close', speaker: 'Tomas Berg' },
  { rule: 'content-after-cue', text: 'Officials said that at least three ferries had been cancelled.', quote: 'at least three ferries had been cancelled', speaker: 'officials' },
  { rule: 'content-after-cue', text: 'The harbour board has been warning that the pier is unsafe.', quote: 'the pier is unsafe', speaker: 'harbour board' },
  { rule: 'content-after-cue', text: 'Mayor Ana Lima praised the crews while also saying that the ferry would run late.', quote: 'the ferry would run late', speaker: 'Ana Lima' },
  { rule: 'content-after-cue', text: 'Farm groups are increasingly admitting that the harvest will be poor.', quote: 'the harvest will be poor', speaker: 'Farm groups' },
  { rule: 'content-after-cue', text: 'Harbour pilots say this is the worst winter in years.', quote: 'this is the worst winter in years', speaker: 'Harbour pilots' },
  { rule: 'content-after-cue', text: 'The port authority said about half of the cranes were idle.', quote: 'about half of the cranes were idle', speaker: 'port authority' },
  { rule: 'content-after-cue', text: 'Officials said that about 300 people had been evacuated.', quote: 'about 300 people had been evacuated', speaker: 'officials' },
  { rule: 'content-after-cue', text: 'The ministry said for the first time that the reactor had leaked.', quote: 'the reactor had leaked', speaker: 'the ministry' },
  { rule: 'content-after-cue', text: 'Ada Brandt wrote to the harbour board that the pier was unsafe.', quote: 'the pier was unsafe', speaker: 'Ada Brandt' },
  { rule: 'content-after-cue', text: 'Tomas Berg said on the radio that for one, the fares were too high.', quote: 'for one, the fares were too high', speaker: 'Tomas Berg' },
  { rule: 'content-after-cue', text: 'Lena Ortiz says “the tide has turned” despite the loss in the north.', quote: '“the tide has turned” despite the loss in the north', speaker: 'Lena Ortiz' },
  { rule: 'content-after-cue', text: 'The Harbor Trust said in a statement Thursday night it had pulled the listing.', quote: 'it had pulled the listing', speaker: 'Harbor Trust' },
  // A report in the passive: its subject is the content, the agent after "by" the source (not "confirmed by the Senate").
  { rule: 'passive-subject', text: 'The mayor’s move was first reported by the Harbour Gazette.', quote: 'The mayor’s move', speaker: 'Harbour Gazette' },
  { rule: 'passive-subject', text: 'In May, news of the deal was revealed by two harbour pilots.', quote: 'news of the deal', speaker: 'two harbour pilots' },
  { rule: 'content-after-cue', text: 'Vera Holm said in an interview with The Daily Ledger the mine would close.', quote: 'the mine would close', speaker: 'Vera Holm' },
  { rule: 'content-after-cue', text: 'Senator Ole Dahl has said for weeks he is the only one who can win.', quote: 'he is the only one who can win', speaker: 'Ole Dahl' },
  // A concessive clause ends the claim once the claim has a verb; before it, it is an aside inside the claim.
  { rule: 'content-after-cue', text: 'Ana Ruiz said the audit was fair, while the unions called it a whitewash.', quote: 'the audit was fair', speaker: 'Ana Ruiz' },
  { rule: 'content-after-cue', text: 'Ana Ruiz said the port authority audit, while late, was fair.', quote: 'the port authority audit, while late, was fair', speaker: 'Ana Ruiz' },
  { rule: 'content-after-cue', text: 'Ana Ruiz said that lately, when she visits the port, she is asked about fares.', quote: 'lately, when she visits the port, she is asked about fares', speaker: 'Ana Ruiz' },
  // A bare plural agent noun is a group that speaks ("…that censors had told …"); not any plural in "-ers".
  { rule: 'content-after-cue', text: 'In the capital, assessors said the bank would be closed.', quote: 'the bank would be closed', speaker: 'assessors' },
  { rule: 'content-after-cue', text: 'The paper reports that censors have told the sites the story is closed.', quote: 'the story is closed', speaker: 'censors' },
  { rule: 'content-after-cue', text: 'In the end, computers said the fares were too high.', quote: 'the fares were too high', speaker: null },
  { rule: 'content-after-cue', text: ['Vera Sand asked him about it, and she said the story was false.', 'The senator gave Ana Lind some credit, but she said the story was true.'], quote: 'the story was true', speaker: 'Vera Sand' },
  // A company's management or a party's leadership speaks as the body; a name whose capital comes second is a name.
  { rule: 'content-after-cue', text: 'Company management said sales would grow by 3.5%.', quote: 'sales would grow by 3.5%', speaker: 'Company management' },
  { rule: 'content-after-cue', text: 'In a filing, eBay said it would close the store.', quote: 'it would close the store', speaker: 'eBay' },
  // A capitalised word in "-ing" that the lexicon knows as a name opens no participle phrase ("Boeing bid …, and …").
  { rule: 'content-after-cue', text: 'Boeing bid on the program, and confirmed that its lander uses the new rocket.', quote: 'its lander uses the new rocket', speaker: 'Boeing' },
  // Shares of a poll's respondents are as many groups as their counts, shown with them.
  { rule: 'content-after-cue', text: ['Two in three voters said the port mattered most.', 'One in four voters said the bridge mattered most.'], quote: 'the bridge mattered most', speaker: 'One in four voters' },
  // A title-case headline's cue in the present tense ("Reveals", "Calls For"); not its passive "Accused Of".
  { rule: 'content-after-cue', text: 'Mayor Ana Ruiz Reveals Why She Left The Harbour Board', quote: 'Why She Left The Harbour Board', speaker: 'Ana Ruiz' },
  { rule: 'call-for', text: 'Ana Ruiz Calls For An Inquiry Into The Harbour Board', quote: 'An Inquiry Into The Harbour Board', speaker: 'Ana Ruiz' },
  // A title that ends in "of Staff" or "Counsel" is no part of the name after it.
  { rule: 'content-after-cue', text: 'White House Deputy Chief of Staff Ana Lima said the deal was ready.', quote: 'the deal was ready', speaker: 'Ana Lima' },
  // A name after "from", "for" … and before ", who" is the relative clause's subject; after "of" the phrase's head is.
  { rule: 'content-after-cue', text: 'The ruling drew a rebuke from Senator Oskarin Velt, who said the court had overreached.', quote: 'the court had overreached', speaker: 'Oskarin Velt' },
  { rule: 'content-after-cue', text: 'Ana Lima, a former backer of Senator Tomas Berg, who has since said the plan is dead, spoke first.', quote: 'the plan is dead', speaker: 'Ana Lima' },
  // A participle's subject may be a pronoun after an opening phrase: it is who the pronoun means.
  { rule: 'content-after-cue', text: ['Tomas Berg spoke on Monday.', 'At the final debate in Oslo, he only hinted at the plan, adding that the port would close.'], quote: 'the port would close', speaker: 'Tomas Berg' },
  // A delegation or mission "to" a meeting keeps its "to": the meeting is no speaker.
  { rule: 'content-after-cue', text: 'The deputy head of Norway’s delegation to the forum said the talks were useful.', quote: 'the talks were useful', speaker: 'deputy head of Norway’s delegation to the forum' },
  // Moved to speak ("was prompted to say") is speaking; bound or pressed to is not yet.
  { rule: 'content-after-cue', text: 'The hall was so quiet that Tomas Berg was prompted to say that the debate was over.', quote: 'the debate was over', speaker: 'Tomas Berg' },
  // A participle inside a quotation the claim opened is the speaker's own words, not an adjunct that ends the claim.
  { rule: 'content-after-cue', text: 'Ana Ruiz said the port must “be rallying its partners, pulling ferries off the sidelines.”', quote: 'the port must “be rallying its partners, pulling ferries off the sidelines.”', speaker: 'Ana Ruiz' },
  // After "make" a cue's plural is its noun; the one who makes them speaks.
  { rule: 'content-after-cue', text: 'Tomas Berg made claims that the vote was rigged.', quote: 'the vote was rigged', speaker: 'Tomas Berg' },
  { rule: 'content-after-cue', text: 'The agency’s General Counsel Tomas Berg said the deal was ready.', quote: 'the deal was ready', speaker: 'Tomas Berg' },
  // After a noun phrase with no verb, "while" or "after" and a gerund is what the speaker did meanwhile; after a clause
  // it may be part of the claim.
  { rule: 'content-after-cue', text: 'The Harbour Band announced the 30-date tour while closing out their concert at the Ryman Hall in Nashville.', quote: 'the 30-date tour', speaker: 'Harbour Band' },
  { rule: 'content-after-cue', text: 'Ana Ruiz said the port would grow while cutting its costs.', quote: 'the port would grow while cutting its costs', speaker: 'Ana Ruiz' },
  // A second subject whose verb takes a thing ("wrote new songs") acts in the claim; it is no second attribution.
  { rule: 'content-after-cue', text: 'Ole Dahl said his band and producer Ann Bell wrote a dozen new songs.', quote: 'his band and producer Ann Bell wrote a dozen new songs', speaker: 'Ole Dahl' },
  { rule: 'content-after-cue', text: 'Ole Dahl said his band and producer Ann Bell, AKA Belle, wrote a dozen new songs.', quote: 'his band and producer Ann Bell, AKA Belle, wrote a dozen new songs', speaker: 'Ole Dahl' },
  { rule: 'content-after-cue', text: 'Mayor Tilde Aas blamed the delay on a “faulty valve,” claiming she had warned the council in May.', quote: 'she had warned the council in May', speaker: 'Tilde Aas' },
  { rule: 'content-after-cue', text: 'Mayor Ines Duarte, meanwhile, said the shelter would stay open.', quote: 'the shelter would stay open', speaker: 'Ines Duarte' },
  { rule: 'content-after-cue', text: 'Jonas Weber, for his part, told reporters the fares would not rise.', quote: 'the fares would not rise', speaker: 'Jonas Weber' },
  { rule: 'content-after-cue', text: 'Rita Vance continues to insist that the levy is illegal.', quote: 'the levy is illegal', speaker: 'Rita Vance' },
  { rule: 'content-after-cue', text: 'Farm groups went on to warn that the harvest would be late.', quote: 'the harvest would be late', speaker: 'Farm groups' },
  { rule: 'content-after-cue', text: 'Tomas Berg raised the fares, quietly suggesting that the depot would close.', quote: 'the depot would close', speaker: 'Tomas Berg' },
  { rule: 'content-after-cue', text: 'Labor leaders point out that the depot employs 400 people.', quote: 'the depot employs 400 people', speaker: 'Labor leaders' },
  { rule: 'content-after-cue', text: 'Teachers, on the other hand, argued that the reform came too fast.', quote: 'the reform came too fast', speaker: 'teachers' },
  { rule: 'content-after-cue', text: 'The court ruled on a request by The Harbor Gazette, which argued that the files were of public interest.', quote: 'the files were of public interest', speaker: 'Harbor Gazette' },
  { rule: 'content-after-cue', text: 'The mayor’s lawyer, Ada Brandt, argued that the contract was void.', quote: 'the contract was void', speaker: 'Ada Brandt' },
  { rule: 'content-after-cue', text: 'Mayor Ana Lima Says The Bridge Will Reopen In Spring.', quote: 'The Bridge Will Reopen In Spring', speaker: 'Ana Lima' },
  { rule: 'content-after-cue-comma', text: 'Mayor Ana Lima says, win or lose on Sunday, she is staying in the race.', quote: 'win or lose on Sunday, she is staying in the race', speaker: 'Ana Lima' },
  { rule: 'content-after-cue-comma', text: 'Tomas Berg said, at one point, the ferry would never run again.', quote: 'the ferry would never run again', speaker: 'Tomas Berg' },
  { rule: 'content-after-cue', text: 'Ines Duarte now says, however, that the port will stay open.', quote: 'the port will stay open', speaker: 'Ines Duarte' },
  { rule: 'content-after-cue', text: 'Ines Duarte described a port in decline and a city without work.', quote: 'a port in decline and a city without work', speaker: 'Ines Duarte' },
  { rule: 'content-before-cue', text: 'The plan is dead, officials said.', quote: 'The plan is dead', speaker: 'officials' },
  { rule: 'content-before-cue', text: 'The port authority said the ferry will stop running in May, the Ledger reported.', quote: 'The port authority said the ferry will stop running in May', speaker: 'Ledger' },
  { rule: 'content-before-cue', text: 'Ada Lind promised to defeat Tomas Berg in the primary, Ivo Sand said.', quote: 'Ada Lind promised to defeat Tomas Berg in the primary', speaker: 'Ivo Sand' },
  { rule: 'content-before-cue', text: 'The harbour will close for a week, said Mira Hall, the port director.', quote: 'The harbour will close for a week', speaker: 'Mira Hall' },
  { rule: 'content-before-cue', text: 'During the storm the pumps “failed one after another,” the utility said.', quote: 'During the storm the pumps “failed one after another,”', speaker: 'the utility' },
  { rule: 'content-before-cue', text: 'The ferry will not run on Sundays, the harbour master said after a meeting with the council.', quote: 'The ferry will not run on Sundays', speaker: 'harbour master' },
  { rule: 'content-before-cue', text: 'The strike is over, Ana Lima said of the dispute.', quote: 'The strike is over', speaker: 'Ana Lima' },
  // A demonstrative opening the content is its subject, not a time word ("This week, …").
  { rule: 'content-before-cue', text: 'This is a bad plan for the harbour, Ana Lima said.', quote: 'This is a bad plan for the harbour', speaker: 'Ana Lima' },
  // A time after the cue: "earlier this month", "in March", "in 2014".
  { rule: 'content-before-cue', text: 'The ferry will stop in June, Ana Lima said earlier this month.', quote: 'The ferry will stop in June', speaker: 'Ana Lima' },
  { rule: 'content-before-cue', text: 'The ferry lost money for a decade, the Harbour Gazette reported in March.', quote: 'The ferry lost money for a decade', speaker: 'Harbour Gazette' },
  // ("…, the agency said, citing the health ministry": the source's own source is no more of the claim.)
  { rule: 'content-before-cue', text: 'Two ferries were stopped at the harbour, the agency said, citing the port authority.', quote: 'Two ferries were stopped at the harbour', speaker: 'the agency' },
  { rule: 'content-around-cue', text: 'The goal, Petra Lind said, is a ceasefire that holds through the winter.', quote: 'The goal is a ceasefire that holds through the winter', speaker: 'Petra Lind' },
  { rule: 'content-around-cue', text: 'Finding a buyer for the ferry, Ana Ruiz said, is the hardest part.', quote: 'Finding a buyer for the ferry is the hardest part', speaker: 'Ana Ruiz' },
  // After an inverted speaker, a finite verb goes on with the claim; anything else is the speaker's description.
  { rule: 'content-around-cue', text: 'The contrast with the old board, said Ana Ruiz, would be clear to every voter.', quote: 'The contrast with the old board would be clear to every voter', speaker: 'Ana Ruiz' },
  { rule: 'content-before-cue', text: 'The vote was fair, said Ana Ruiz, director of the harbour board.', quote: 'The vote was fair', speaker: 'Ana Ruiz' },
  { rule: 'content-around-cue', text: 'That, Ana Ruiz said, is the hardest part of the job.', quote: 'That is the hardest part of the job', speaker: 'Ana Ruiz' },
  { rule: 'content-around-cue', text: 'The new rules, the harbour union said, “will empty the docks by spring.”', quote: 'The new rules “will empty the docks by spring.”', speaker: 'harbour union' },
  { rule: 'content-after-mid-sentence-cue', text: 'For days after a flood, Rhine Valley farmers say, the fields stay under water.', quote: 'the fields stay under water', speaker: 'Rhine Valley farmers' },
  { rule: 'infinitive', text: 'Governor Carla Mendes vowed to veto the budget.', quote: 'to veto the budget', speaker: 'Carla Mendes' },
  { rule: 'infinitive', text: 'Jonas Weber promised not to raise the fares again.', quote: 'not to raise the fares again', speaker: 'Jonas Weber' },
  // A past form after "and" is the subject acting again, whatever the lexicon calls it ("hammered" is an adjective too).
  { rule: 'infinitive', text: 'Jonas Weber promised to protect the ferry and hammered his rival on fares.', quote: 'to protect the ferry', speaker: 'Jonas Weber' },
  { rule: 'infinitive', text: 'Governor Carla Mendes vowed to “open up” the port records before May.', quote: 'to “open up” the port records before May', speaker: 'Carla Mendes' },
  { rule: 'infinitive', text: 'The ferry company agreed to refund every ticket sold since May.', quote: 'to refund every ticket sold since May', speaker: 'ferry company' },
  { rule: 'object-infinitive', text: 'Nadia Petrova urged voters to stay home on Sunday.', quote: 'voters to stay home on Sunday', speaker: 'Nadia Petrova' },
  { rule: 'object-infinitive', text: 'Nadia Petrova called upon the council to freeze the rents.', quote: 'the council to freeze the rents', speaker: 'Nadia Petrova' },
  { rule: 'object-infinitive', text: 'Nine tenant groups are asking the council to freeze the rents.', quote: 'the council to freeze the rents', speaker: 'Nine tenant groups' },
  { rule: 'question', text: 'Senator Ida Moreno kept asking the minister why the port had closed.', quote: 'why the port had closed', speaker: 'Ida Moreno' },
  // "which" before a noun, and "who" with no infinitive or cue after it, ask; "the man who ran the shop to leave" does not.
  { rule: 'question', text: 'Ana Ruiz asked voters which candidate won the debate.', quote: 'which candidate won the debate', speaker: 'Ana Ruiz' },
  { rule: 'question', text: 'Ana Ruiz asked voters who won the debate.', quote: 'who won the debate', speaker: 'Ana Ruiz' },
  // A noun phrase called for ends before ", and" and a clause with a subject of its own.
  { rule: 'call-for', text: 'The dockers called for a boycott of the new pier, and the harbour board quickly denounced them.', quote: 'a boycott of the new pier', speaker: 'dockers' },
  // … but a list of noun phrases goes on.
  { rule: 'content-after-cue', text: 'Ada Lind denied the charges, and the claims of fraud.', quote: 'the charges, and the claims of fraud', speaker: 'Ada Lind' },
  // A second report after ", and" ends the first, also after an amount: "more than 4 in 10 said".
  // "attend the convention and others have said": a verb and its object before "and" are no part of the next subject.
  { rule: 'content-after-cue', text: 'Many dockers have said they will not attend the convention and others have said they are not interested.', quote: 'they will not attend the convention', speaker: 'Many dockers' },
  { rule: 'content-after-cue', text: 'Many dockers have said they will not attend the convention and others have said they are not interested.', quote: 'they are not interested', speaker: 'others' },
  { rule: 'content-after-cue', text: 'Most voters said they were worried about the port, and more than 4 in 10 said the board should resign.', quote: 'they were worried about the port', speaker: 'Most voters' },
  { rule: 'call-for', text: 'The mayor praised Rita Vance, who’s called for 2,000 new nurses, and thanked her.', quote: '2,000 new nurses', speaker: 'Rita Vance' },
  { rule: 'content-after-cue', text: 'The mayor thanked Rita Vance, who has said 1,300 homes were flooded, for her work.', quote: '1,300 homes were flooded', speaker: 'Rita Vance' },
  { rule: 'object-infinitive', text: 'The union called on the council to reopen the talks.', quote: 'the council to reopen the talks', speaker: 'the union' },
  { rule: 'object-infinitive', text: 'The union called on Mayor Ana Lima and the port board to reopen the talks.', quote: 'Mayor Ana Lima and the port board to reopen the talks', speaker: 'the union' },
  { rule: 'object-infinitive', text: 'Rafael Duarte urged Gov. Ines Holm (D) to veto the bill.', quote: 'Gov. Ines Holm (D) to veto the bill', speaker: 'Rafael Duarte' },
  // "tell" takes its listener into the clause; before an infinitive the listener is part of what was told.
  { rule: 'object-infinitive', text: 'Tomas Berg told his players to rest on Sunday.', quote: 'his players to rest on Sunday', speaker: 'Tomas Berg' },
  { rule: 'object-infinitive', text: 'Port officials told Dover residents not to drink the tap water.', quote: 'Dover residents not to drink the tap water', speaker: 'Port officials' },
  { rule: 'object-of', text: 'Rafael Duarte accused the minister of hiding the report.', quote: 'the minister of hiding the report', speaker: 'Rafael Duarte' },
  { rule: 'object-of', text: 'Dock workers accuse the port authority of ignoring the cracks.', quote: 'the port authority of ignoring the cracks', speaker: 'Dock workers' },
  { rule: 'object-of', text: 'The envoy accused the UK and the US of meddling in the harbour talks.', quote: 'the UK and the US of meddling in the harbour talks', speaker: 'the envoy' },
  { rule: 'object-as', text: 'Sara Lindqvist described the deal as a betrayal of the workers.', quote: 'the deal as a betrayal of the workers', speaker: 'Sara Lindqvist' },
  { rule: 'object-as', text: 'Sara Lindqvist described Ola Berg and Ida Wren as her closest allies.', quote: 'Ola Berg and Ida Wren as her closest allies', speaker: 'Sara Lindqvist' },
  // "she" in a clause joined inside a sentence whose subject is a man is the woman that sentence named, not the last
  // woman who spoke; a subject that is a role or a pronoun of the same gender leaves "she" to the last speaker.
  { rule: 'object-as', text: ['Ana Lind says she met Peter Holm in 2001. Vera Sand asked him about it, and she said the story was false.', 'Peter also spent an hour explaining how he could not have been with Lind, because she described him as sweating.'], quote: 'him as sweating', speaker: 'Ana Lind' },
  { rule: 'object-predicate', text: 'Omar Haddad called the plan a “reckless gamble” with public money.', quote: 'the plan a “reckless gamble” with public money', speaker: 'Omar Haddad' },
  // "her" is the object when the clause ends at the adjective; adjectives the lexicon lacks, known by their ending.
  { rule: 'object-predicate', text: 'Harbour workers called her dishonest.', quote: 'her dishonest', speaker: 'Harbour workers' },
  { rule: 'object-predicate', text: 'Omar Haddad called the mayor’s refusal to meet with the striking fishing crews “reckless and cruel.”', quote: 'the mayor’s refusal to meet with the striking fishing crews “reckless and cruel.”', speaker: 'Omar Haddad' },
  { rule: 'object-predicate', text: 'The former harbour master calls it a “reckless gamble” with public money.', quote: 'it a “reckless gamble” with public money', speaker: 'former harbour master' },
  // An adjective that closes the clause is the predicate, whether the lexicon lists it or it has an adjective's ending.
  { rule: 'object-predicate', text: 'Omar Haddad called the ferry contract unlawful and asked for an inquiry.', quote: 'the ferry contract unlawful', speaker: 'Omar Haddad' },
  { rule: 'object-predicate', text: 'Omar Haddad called him divisive.', quote: 'him divisive', speaker: 'Omar Haddad' },
  { rule: 'object-predicate', text: 'The union calls this a false story that no docker believes.', quote: 'this a false story that no docker believes', speaker: 'the union' },
  { rule: 'call-for', text: 'Mike Huckabee and Chris Christie spent the week in Iowa, calling for a strong ethanol rule.', quote: 'a strong ethanol rule', speaker: 'Mike Huckabee and Chris Christie' },
  { rule: 'object-infinitive', text: 'Hours later, Ada Lind issued a statement calling on the council to reopen the pier.', quote: 'the council to reopen the pier', speaker: 'Ada Lind' },
  { rule: 'object-infinitive', text: 'Dan Alpert, author of The Long Glut, a book calling on the state to spend more, expressed alarm at the vote.', quote: 'the state to spend more', speaker: 'a book' },
  { rule: 'call-for', text: 'Ingrid Solberg called for an independent inquiry into the crash.', quote: 'an independent inquiry into the crash', speaker: 'Ingrid Solberg' },
  { rule: 'call-for', text: 'Nurses at the hospital have long called for his dismissal.', quote: 'his dismissal', speaker: 'Nurses at the hospital' },
  { rule: 'content-after-cue', text: 'Even economists who favor the levy agree that the change will be slow.', quote: 'the change will be slow', speaker: 'economists' },
  { rule: 'content-after-cue', text: 'His critics in the city, many of them shop owners, argue that the tax is unfair.', quote: 'the tax is unfair', speaker: 'His critics in the city' },
  { rule: 'question', text: 'Paul Okoro asked whether the plant would ever reopen.', quote: 'whether the plant would ever reopen', speaker: 'Paul Okoro' },
  // A plain saying withheld reports the question it leaves open.
  { rule: 'question', text: 'Paul Okoro did not say when the plant would reopen.', quote: 'when the plant would reopen', speaker: 'Paul Okoro' },
  { rule: 'question', text: 'Paul Okoro declined to say how much the plant would cost.', quote: 'how much the plant would cost', speaker: 'Paul Okoro' },
  { rule: 'topic', text: 'Farm groups warned of a second drought in the valley.', quote: 'a second drought in the valley', speaker: 'Farm groups' },
  { rule: 'topic', text: 'Ada Brook complained bitterly about the schedule but signed the contract.', quote: 'the schedule', speaker: 'Ada Brook' },
  { rule: 'topic', text: 'When asked about the ferry contract, Tomas Berg shrugged.', quote: 'the ferry contract', speaker: null },
  { rule: 'question', text: 'Asked whether the bridge would reopen, the mayor said she hoped so.', quote: 'whether the bridge would reopen', speaker: null },
  { rule: 'content-then-according-to', text: 'The company lost $40 million last year, according to a filing seen by the newspaper.', quote: 'The company lost $40 million last year', speaker: 'filing seen by the newspaper' },
  { rule: 'content-around-according-to', text: 'The goal of the talks, according to the envoy, is a lasting ceasefire.', quote: 'The goal of the talks is a lasting ceasefire', speaker: 'the envoy' },
  { rule: 'content-around-according-to', text: 'A further 17 firms, according to the survey, had plants in the region by 2017.', quote: 'A further 17 firms had plants in the region by 2017', speaker: 'the survey' },
  // A concession or a participle phrase the writer fronts is not what the source said …
  { rule: 'content-then-according-to', text: 'Despite the calls to resign, the mayor still leads the race, according to a new poll.', quote: 'the mayor still leads the race', speaker: 'new poll' },
  { rule: 'content-then-according-to', text: 'Boasting 108,000 residents, the town seems taken with the mayor, according to the Herald.', quote: 'the town seems taken with the mayor', speaker: 'Herald' },
  // … but a noun phrase that opens with an -ing word is the claim's subject.
  { rule: 'content-then-according-to', text: 'Gambling revenue at the eight casinos rose 3 percent, according to state figures.', quote: 'Gambling revenue at the eight casinos rose 3 percent', speaker: 'state figures' },
  { rule: 'content-then-according-to', text: 'The talks failed, according to the envoy, and the delegates went home.', quote: 'The talks failed', speaker: 'the envoy' },
  // A dateline opens the sentence, not the content.
  { rule: 'content-then-according-to', text: 'Portland, OR – Ferry fares rose by a third last year, according to the harbour board.', quote: 'Ferry fares rose by a third last year', speaker: 'harbour board' },
  // What a thing requires ("forecasts called for …") is no clause that cuts the content of the attribution after it.
  { rule: 'content-before-cue', text: 'The hills are dry and forecasts called for gusts of 60 mph, harbour officials said.', quote: 'The hills are dry and forecasts called for gusts of 60 mph', speaker: 'harbour officials' },
  { rule: 'according-to-then-content', text: 'According to two officials briefed on the talks, the deal will be signed on Friday.', quote: 'the deal will be signed on Friday', speaker: 'two officials briefed on the talks' },
  { rule: 'as-clause-then-content', text: 'As a state audit noted last year, the average wait for a hearing was eleven months.', quote: 'the average wait for a hearing was eleven months', speaker: 'state audit' },
  { rule: 'as-clause-then-content', text: 'But as Mayor Eva Lind said, the bridge will not reopen before spring.', quote: 'the bridge will not reopen before spring', speaker: 'Eva Lind' },
  { rule: 'as-clause-then-content', text: 'The ferry stopped. (As the Harbour Gazette reported, the pier had been closed for a year.)', quote: 'the pier had been closed for a year', speaker: 'Harbour Gazette' },
  { rule: 'as-clause-then-content', text: 'As Mayor Eva Lind reported in her book, the bridge was never safe.', quote: 'the bridge was never safe', speaker: 'Eva Lind' },
  { rule: 'as-clause-then-content', text: 'As the Harbor Gazette reported just today, the pier is closed to trucks.', quote: 'the pier is closed to trucks', speaker: 'Harbor Gazette' },
  { rule: 'as-clause-then-content', text: 'As both Harbor Radio and Coast News have reported, the pier is unsafe for heavy trucks.', quote: 'the pier is unsafe for heavy trucks', speaker: 'Harbor Radio and Coast News' },
  { rule: 'as-clause-then-content', text: 'But, as the audit office has pointed out, the fund would run dry by 2031.', quote: 'the fund would run dry by 2031', speaker: 'audit office' },
  { rule: 'as-clause-then-content', text: 'The ferry is safe, given that, as the Harbor Gazette reported on Monday, the hull was replaced in May.', quote: 'the hull was replaced in May', speaker: 'Harbor Gazette' },
  { rule: 'as-clause-after-content', text: 'The depot closed two weeks before the vote, as the Harbor Gazette reported on Monday.', quote: 'The depot closed two weeks before the vote', speaker: 'Harbor Gazette' },
  { rule: 'as-clause-after-content', text: 'Tomas Berg met the port board in secret, as the Ledger reported a few days later, and he will join it in May.', quote: 'Tomas Berg met the port board in secret', speaker: 'Ledger' },
  { rule: 'according-to-then-content', text: 'But, according to the survey, most farmers want the levy cut.', quote: 'most farmers want the levy cut', speaker: 'the survey' },
  // A document and a clause about it with no "that": the document speaks, whoever wrote it.
  { rule: 'according-to-then-content', text: 'According to a document Lindqvist prepared for her lawyers, the will was never signed.', quote: 'the will was never signed', speaker: 'document Lindqvist prepared for her lawyers' },
  // The source's appositive is not content: a name after a relation or role, or a relation or role after a name.
  { rule: 'according-to-then-content', text: 'According to his aunt, Ida Berg, the boy could read at four.', quote: 'the boy could read at four', speaker: 'Ida Berg' },
  { rule: 'according-to-then-content', text: 'According to Ida Berg, his aunt, the boy could read at four.', quote: 'the boy could read at four', speaker: 'Ida Berg' },
  { rule: 'according-to-then-content', text: 'According to police, Tomas Berg, 45, was arrested on Monday.', quote: 'Tomas Berg, 45, was arrested on Monday', speaker: 'police' },
  { rule: 'according-to-then-content', text: 'According to the study, published in the Harbour Journal, the pier had sunk by a metre.', quote: 'the pier had sunk by a metre', speaker: 'the study' },
  { rule: 'according-to-then-content', text: 'According to the report, which came out on Monday, the port lost money again.', quote: 'the port lost money again', speaker: 'the report' },
  { rule: 'according-to-then-content', text: 'According to police, armed men stormed the harbour office on Monday.', quote: 'armed men stormed the harbour office on Monday', speaker: 'police' },
  { rule: 'according-to-then-content', text: 'The mill was sold after, according to the union, the owners hid its debts.', quote: 'the owners hid its debts', speaker: 'the union' },
  { rule: 'according-to-then-content', text: 'As reported by the Harbor Gazette, inspectors found cracks in the hull.', quote: 'inspectors found cracks in the hull', speaker: 'Harbor Gazette' },
  { rule: 'content-then-according-to', text: 'Inspectors found cracks in the hull, as first reported by the Harbor Gazette.', quote: 'Inspectors found cracks in the hull', speaker: 'Harbor Gazette' },
  { rule: 'infinitive', text: 'The Harbor Trust asked to inspect the ferry before the sale.', quote: 'to inspect the ferry before the sale', speaker: 'Harbor Trust' },
  { rule: 'call-for', text: 'Ana Ruiz asked the court for a delay in the trial.', quote: 'a delay in the trial', speaker: 'Ana Ruiz' },
  { rule: 'content-after-cue', text: 'Tomas Berg surmised that the ferry deal was dead.', quote: 'the ferry deal was dead', speaker: 'Tomas Berg' },
  // Weak cues of suggestion: "indicated", "signaled", "speculated", "posited" — with a person before them and a clause.
  { rule: 'content-after-cue', text: 'Tomas Berg indicated that the ferry deal was dead.', quote: 'the ferry deal was dead', speaker: 'Tomas Berg' },
  { rule: 'content-after-cue', text: 'Tomas Berg signaled that he would vote against the ferry deal.', quote: 'he would vote against the ferry deal', speaker: 'Tomas Berg' },
  // A date as agencies write it, its month abbreviated: "said on Oct. 26 that", "said Oct. 26 that", "in an Oct. 26 letter".
  { rule: 'content-after-cue', text: 'The port authority said on Oct. 26 that the ferry would stop.', quote: 'the ferry would stop', speaker: 'port authority' },
  { rule: 'content-after-cue', text: 'The port authority said Sept. 3 that the ferry would stop.', quote: 'the ferry would stop', speaker: 'port authority' },
  { rule: 'content-after-cue', text: 'The port authority said in an Oct. 26 letter to shippers that the ferry would stop.', quote: 'the ferry would stop', speaker: 'port authority' },
  { rule: 'content-after-cue', text: 'Tomas Berg hinted that the ferry company was pleased with the new fares.', quote: 'the ferry company was pleased with the new fares', speaker: 'Tomas Berg' },
  { rule: 'content-after-cue', text: 'Tomas Berg speculated that the ferry deal was dead.', quote: 'the ferry deal was dead', speaker: 'Tomas Berg' },
  // An aside may open the content after "that", which runs on past the aside's comma; a spaced hyphen sets off an
  // aside before "that" as a dash does; after an appositive's comma "notes that" is the verb.
  { rule: 'content-after-cue', text: 'Tomas Berg said on Monday that, if the vote fails, the ferry will stop.', quote: 'if the vote fails, the ferry will stop', speaker: 'Tomas Berg' },
  { rule: 'content-after-cue', text: 'Tomas Berg argued - twice, to a packed hall - that the ferry deal was dead.', quote: 'the ferry deal was dead', speaker: 'Tomas Berg' },
  { rule: 'content-after-cue', text: 'Tomas Berg, a port consultant, notes that the ferry deal was dead.', quote: 'the ferry deal was dead', speaker: 'Tomas Berg' },
  { rule: 'call-for', text: 'The mayor made an impassioned call for calm in the harbour district.', quote: 'calm in the harbour district', speaker: 'the mayor' },
  { rule: 'call-for', text: 'There have been few calls for the minister to resign.', quote: 'the minister to resign', speaker: null },
  { rule: 'call-for', text: 'The council is split, with the two unions calling for a new bridge.', quote: 'a new bridge', speaker: 'two unions' },
  { rule: 'question', text: 'The host asked Ruiz which ports she would close first.', quote: 'which ports she would close first', speaker: 'the host' },
  { rule: 'topic', text: 'The host asked Ruiz about the ferry contract on Monday.', quote: 'the ferry contract on Monday', speaker: 'the host' },
];

const DIRECT: Array<Row<DirectRule>> = [
  { rule: 'cue-after-quote', text: ['Tomas Berg wrote the column on Monday.', '“The port has not failed the town,” he mocks.'], quote: 'The port has not failed the town,', speaker: 'Tomas Berg' },
  { rule: 'cue-earlier-in-sentence', text: 'Ada Lind mocked the mayor’s plan as “a bridge to nowhere.”', quote: 'a bridge to nowhere.', speaker: 'Ada Lind' },
  // The asker of a question is not who answers it; the person asked is.
  { rule: 'cue-after-quote', text: ['Omar Vance asked Tomas Berg how long the bridge would stay shut.', '“About a year, and then we will see,” he told Vance.'], quote: 'About a year, and then we will see,', speaker: 'Tomas Berg' },
  { rule: 'cue-after-quote', text: ['Tomas Berg was asked by host Omar Vance whether the port would reopen. Berg hesitated.', '“Not this year,” he said.'], quote: 'Not this year,', speaker: 'Tomas Berg' },
  { rule: 'cue-after-quote', text: ['Greta Lund was asked by host Omar Vance whether the port would reopen. But there was a slip.', '“Not this year,” she said.'], quote: 'Not this year,', speaker: 'Greta Lund' },
  { rule: 'cue-after-quote', text: '“We will rebuild the bridge,” Hana Kim said.', quote: 'We will rebuild the bridge,', speaker: 'Hana Kim' },
  { rule: 'cue-after-quote', text: '“They would have gone to the only bill with support from both sides,” Hana Kim fumed on Tuesday.', quote: 'They would have gone to the only bill with support from both sides,', speaker: 'Hana Kim' },
  { rule: 'cue-after-quote', text: '“Nothing is decided yet,” said Leo Marsh, a spokesman for the club.', quote: 'Nothing is decided yet,', speaker: 'Leo Marsh' },
  { rule: 'cue-before-quote', text: 'Yara Costa told the radio station: “The water is safe to drink.”', quote: 'The water is safe to drink.', speaker: 'Yara Costa' },
  { rule: 'cue-before-quote', text: 'The crowd cheers, and then Ana Ruiz continues: “The harbour will open again next spring.”', quote: 'The harbour will open again next spring.', speaker: 'Ana Ruiz' },
  // A given name the writer introduces alone ("a resident named Caroline") is a person a later "she" may mean.
  { rule: 'cue-after-quote', text: ['The rally drew a resident named Caroline, who came with her son.', '“It just came out of my mouth,” she said.'], quote: 'It just came out of my mouth,', speaker: 'Caroline' },
  // A gerund after "began", "started" or "kept" is the clause's own verb: its subject speaks.
  { rule: 'cue-before-quote', text: 'The crowd in the square began yelling “Mercy!” at the screen.', quote: 'Mercy!', speaker: 'crowd in the square' },
  // A sentence that is only an attribution announces the quotation opening the next sentence, as a colon would.
  { rule: 'cue-sentence-before-quote', text: 'Yara Costa told reporters on Tuesday. “The water is safe to drink.”', quote: 'The water is safe to drink.', speaker: 'Yara Costa' },
  { rule: 'cue-sentence-before-quote', text: 'Yara Costa, the head of the water board said in a statement. “The water is safe.”', quote: 'The water is safe.', speaker: 'Yara Costa' },
  { rule: 'cue-before-quote', text: 'Hundreds of nurses marched past the ministry on Monday, chanting “Safe staffing saves lives,” and waving banners.', quote: 'Safe staffing saves lives,', speaker: 'Hundreds of nurses' },
  { rule: 'cue-after-quote', text: '“We have had better weeks than this one,” county delegate Rosa Lind, wearing a campaign scarf, said matter-of-factly as the hall emptied.', quote: 'We have had better weeks than this one,', speaker: 'Rosa Lind' },
  { rule: 'cue-earlier-in-sentence', text: 'Elif Demir said the figures were wrong and called the audit “a farce from start to finish.”', quote: 'a farce from start to finish.', speaker: 'Elif Demir' },
  { rule: 'cue-earlier-in-sentence', text: 'Governor Nina Falk blamed the press for Omar Seidl’s claim that the plant “leaks poison,” saying reporters had ignored the tests.', quote: 'leaks poison,', speaker: 'Omar Seidl' },
  { rule: 'cue-later-in-sentence', text: '“Slow down” and “look twice” are the words Mateo Rossi said every driver should remember.', quote: 'look twice', speaker: 'Mateo Rossi' },
  { rule: 'cue-later-in-sentence', text: 'Being “extremely careless” with the files – as described by Ana Ruiz, the inspector – is no crime.', quote: 'extremely careless', speaker: 'Ana Ruiz' },
  // A cue ending on a colon points forward: it takes the quotation after it, and the finished one before it stays with
  // the other speaker who spoke just before; with no such speaker, or when the cue's subject is a pronoun, it takes both.
  { rule: 'cue-before-quote', text: '“It is a different muscle,” Ada Lind said. “You have to step outside it.” Omar Hale agreed: “It is another job.”', quote: 'It is another job.', speaker: 'Omar Hale' },
  { rule: 'cue-after-quote', text: '“We will win.” Omar Hale added: “And then some.”', quote: 'We will win.', speaker: 'Omar Hale' },
  { rule: 'cue-after-quote', text: 'Omar Hale said only that he was “refining the plan.” He added: “The team stays.”', quote: 'refining the plan.', speaker: 'Omar Hale' },
];

describe('quoted words that are not quotations', () => {
  const TITLES = [
    'Kim Sato told “Morning Briefing” that the budget would pass.',
    // A number may open a programme's name; single marks are quotation marks too.
    "Kim Sato said in an interview with '24 Hours' that the budget would pass.",
    'Kim Sato said in an interview with “60 Minutes” that the budget would pass.',
    'In an interview with “Meet the Press,” Kim Sato said the budget would pass.',
    'Ada Lind read “The Long Winter” to the class.',
    'The show “Gone Tomorrow” returns next week.',
    // Titles of works beside a cue: after the work's noun, after "including", or in a list of titles.
    'Ana Ruiz said her novel “The Salt Road” would be filmed.',
    'The promoter said fans would hear the band’s hits, including “Down The Line,” “Harbor Lights” and others.',
    'Tomas Berg said the set list had “Harbor Lights,” “Down The Line” and a new song.',
    'Ana Ruiz said one of the cards, a poem called “Winter Harbor Station,” had won a prize.',
    // A title with "with" or "by" among its small words, after "from".
    'Pieter Van Der Berg has been voted off “Dancing with the Stars.”',
    'Ana Ruiz was cut from “Stand by the River” last year.',
    // A small word capitalised inside the span ("It", "To", "Of") is how a title is written, whatever verb comes before.
    'After playing “Rolling It To the Harbor,” the singer told the crowd they were wonderful.',
    'Tomas Berg said he had watched “Tales Of the Deep” twice.',
    // A title after a work's noun and "of", however short, even inside a report.
    'Tomas Berg announced that his wife was expecting on a previous episode of “DWTS.”',
    // One word between a determiner and the noun it modifies is a scare quote, even beside a cue.
    'Would Tom Reyes have pleaded to keep the “whistleblower’s” identity secret?',
    'Ana Ruiz said the “interim” council must withdraw the troops.',
  ];
  for (const text of TITLES) it(text, () => expect(quotesOf(text).filter((q) => q.kind === 'direct')).toEqual([]));
  // One capitalised word after "on", "in" or "told" is a show or a paper, even right after a quotation.
  it.each([
    ['“We never take it for granted,” the actor said on “Starlight.” His wife agreed.', ['We never take it for granted,']],
    ['“We won,” she told “Variety.” “It was wonderful.”', ['We won,', 'It was wonderful.']],
    ['“We won,” said Ana Ruiz. “Finally.”', ['We won,', 'Finally.']],
    // A few words said by no one found, inside the writer's own sentence: a term, a slogan, a scare quote.
    ['Ada Lind said the dam held. The town held a party with “free beer for all.”', []],
    ['Its slogan, “Meth. We’re on it,” drew scorn. The course is about how to “put yourself out there” online.', []],
    // A cry, a paragraph of its own, or a sentence after a quotation stays.
    ['The crowd roared “Four more years!” as she spoke.', ['Four more years!']],
    ['“Step out.”', ['Step out.']],
  ])('%s', (text, quotes) => expect(quotesOf(text).filter((q) => q.kind === 'direct').map((q) => q.text)).toEqual(quotes));
});

const DISCOURSE: Array<Row<DiscourseRule>> = [
  { rule: 'same-paragraph-speaker', text: '“We lost the vote,” said Irene Novak. “We will not lose the next one.”', quote: 'We will not lose the next one.', speaker: 'Irene Novak' },
  { rule: 'continued-quote', text: ['“The river rose fast,” said Tomas Varga, “and the dam held for an hour', '“and then the water came over the top.”'], quote: 'and then the water came over the top.', speaker: 'Tomas Varga' },
  { rule: 'next-quote-speaker', text: '“First the roof went.” “Then the walls,” said Aiko Mori.', quote: 'First the roof went.', speaker: 'Aiko Mori' },
  { rule: 'colon-introducer', text: ['The head of the rescue team, Bruno Keller, put it simply:', '“Nobody should be out on the lake tonight.”'], quote: 'Nobody should be out on the lake tonight.', speaker: 'Bruno Keller' },
  { rule: 'name-before-colon', text: 'FERRY FARES SPLIT THE COAST - Ada Lind: “The north pays twice.” Fares matter less inland - Tomas Berg: “Nobody here takes the ferry.”', quote: 'Nobody here takes the ferry.', speaker: 'Tomas Berg' },
  { rule: 'name-before-colon', text: 'Bruno Keller: “Nobody should be out on the lake tonight.”', quote: 'Nobody should be out on the lake tonight.', speaker: 'Bruno Keller' },
  // Pictures' captions set in the text interrupt no quotation.
  { rule: 'carried-over', text: ['Harbour master Grace Oduya said: “The lights went out at nine.', 'The pier after the storm (Image: GETTY )', 'Dockers at work on Monday (Photo: Harbour Press)', '“By ten, the whole street was dark.”'], quote: 'By ten, the whole street was dark.', speaker: 'Grace Oduya' },
  { rule: 'carried-over', text: ['The port said in a statement: “The ferry will run again on Monday.', 'Ferry statement', '— Harbour Port (@HarbourPort) November 20, 2019', '“Fares will not rise this winter.”'], quote: 'Fares will not rise this winter.', speaker: 'the port' },
  { rule: 'carried-over', text: ['“The lights went out at nine,” said Grace Oduya.', '“By ten, the whole street was dark.”'], quote: 'By ten, the whole street was dark.', speaker: 'Grace Oduya' },
  { rule: 'reported-speaker', text: 'Tomas Berg said the port would close. “It is a sad day for the town.”', quote: 'It is a sad day for the town.', speaker: 'Tomas Berg' },
  { rule: 'reported-speaker', text: 'The port, Rita Vance said, will close in May. “Nobody wanted this.”', quote: 'Nobody wanted this.', speaker: 'Rita Vance' },
  { rule: 'same-paragraph-speaker', text: '“It is a different muscle,” Ada Lind said. “You have to step outside it.” Omar Hale agreed: “It is another job.”', quote: 'You have to step outside it.', speaker: 'Ada Lind' },
  { rule: 'subject-before-quote', text: ['Rep. Tomas Berg asked about the ferries.', 'Berg returned to the issue later in the hearing. “Which ferries exist today that could do this by May?”'], quote: 'Which ferries exist today that could do this by May?', speaker: 'Tomas Berg' },
  { rule: 'subject-before-quote', text: 'Mayor Ines Duarte’s first message on Sunday was a short one. “Terrible flooding on the coast. Stay home.”', quote: 'Terrible flooding on the coast. Stay home.', speaker: 'Ines Duarte' },
  { rule: 'sentence-subject', text: 'Farida Haidari summed up the season: “Too little rain, far too late.”', quote: 'Too little rain, far too late.', speaker: 'Farida Haidari' },
  // "accused X of …" names whom the speech is about: X never inverts into its speaker, a few words before "of" or not.
  { rule: 'sentence-subject', text: 'Ana Ruiz released a statement that, while condemning violence, accused the harbour board in Nevada of using “its power to block a fair process.”', quote: 'its power to block a fair process.', speaker: 'Ana Ruiz' },
  { rule: 'sentence-subject', text: ['Tomas Berg spoke first.', 'Before Berg’s speech in the hall, the poet Ana Lind, who had flown in that morning, was heard reciting: “The river keeps its own time.”'], quote: 'The river keeps its own time.', speaker: 'Ana Lind' },
  { rule: 'sentence-subject', text: ['Omar Hale and Vera Lund both reject the plan.', 'Lund: “It costs too much.” Hale: “It comes too late.”'], quote: 'It comes too late.', speaker: 'Omar Hale' },
];

/** Clause rules, each shown through the quote it attributes. */
const CLAUSES: Array<Row<ClauseRule>> = [
  { rule: 'passive-by', text: 'The mayor’s move was first reported by the Harbour Gazette.', quote: 'The mayor’s move', speaker: 'Harbour Gazette' },
  { rule: 'subject-verb', text: 'Martin Holm said the vote would be delayed.', quote: 'the vote would be delayed', speaker: 'Martin Holm' },
  { rule: 'subject-verb', text: 'Organizers of the push to close the pier said they were worried.', quote: 'they were worried', speaker: 'Organizers of the push to close the pier' },
  { rule: 'subject-verb', text: 'The state officials whose laws were struck down say the courts have changed.', quote: 'the courts have changed', speaker: 'state officials' },
  { rule: 'subject-verb', text: 'Supporters of Ana Ruiz said she would win.', quote: 'she would win', speaker: 'Supporters of Ana Ruiz' },
  { rule: 'subject-verb', text: 'Whether North Korea tested a bomb is unclear. North Korea said it had tested a hydrogen weapon.', quote: 'it had tested a hydrogen weapon', speaker: 'North Korea' },
  { rule: 'subject-verb', text: 'Ada Lind added that the letter Tom wrote was “kind and loving.”', quote: 'kind and loving.', speaker: 'Ada Lind' },
  { rule: 'subject-verb', text: 'Her sister said the note he left was “calm and clear.”', quote: 'calm and clear.', speaker: 'Her sister' },
  { rule: 'subject-verb', text: 'Critics have in fact noted that the ferry was late.', quote: 'the ferry was late', speaker: 'critics' },
  { rule: 'subject-verb', text: 'The ministry less than two weeks ago said that the port was closed.', quote: 'the port was closed', speaker: 'the ministry' },
  { rule: 'subject-verb', text: 'Union workers here said they had not been paid.', quote: 'they had not been paid', speaker: 'Union workers' },
  { rule: 'subject-verb', text: 'All three candidates said they would sign the pledge.', quote: 'they would sign the pledge', speaker: 'All three candidates' },
  { rule: 'subject-verb', text: 'Lind’s close friends said he was staying quiet.', quote: 'he was staying quiet', speaker: 'Lind’s close friends' },
  { rule: 'subject-verb', text: 'The We Company said on Monday that it was withdrawing its filing.', quote: 'it was withdrawing its filing', speaker: 'We Company' },
  { rule: 'appositive', text: 'The ferry line’s parent company, The We Company, announced on Monday that it was withdrawing its filing.', quote: 'it was withdrawing its filing', speaker: 'We Company' },
  { rule: 'appositive', text: 'The ferry line’s parent company, The Harbour Company, said on Monday that it was withdrawing its filing.', quote: 'it was withdrawing its filing', speaker: 'Harbour Company' },
  { rule: 'inverted', text: '“It is over,” said Dana Whitfield.', quote: 'It is over,', speaker: 'Dana Whitfield' },
  { rule: 'inverted', text: '“Stay calm,” instructed Milton Velez, the district supervisor.', quote: 'Stay calm,', speaker: 'Milton Velez' },
  // A count and "of" open the inverted speaker: the group after them is its head, a demonstrative too.
  { rule: 'inverted', text: ['Harbour officials who saw the survey say the pier is safe.', '“It will stand for decades,” said one of those officials, who spoke on condition of anonymity.'], quote: 'It will stand for decades,', speaker: 'one of those officials' },
  { rule: 'inverted', text: '“The pier is safe,” opined the Harbour Gazette.', quote: 'The pier is safe,', speaker: 'Harbour Gazette' },
  // A weak cue inverts before a person's full name.
  { rule: 'inverted', text: 'The harbour will recover within a year, predicted Dana Whitfield.', quote: 'The harbour will recover within a year', speaker: 'Dana Whitfield' },
  { rule: 'appositive', text: 'Olga Sand, the head of the union, said the wards were short of staff.', quote: 'the wards were short of staff', speaker: 'Olga Sand' },
  // An abbreviation's dot inside the aside ("Mr.", an initial) does not end it; an aside that is only a state's or a
  // city's abbreviation closes a place inside the parenthetical, and the subject is the name that opens it.
  { rule: 'appositive', text: 'Ada J. Lund, Mr. Berg’s chief of staff, said the ferry budget had doubled.', quote: 'the ferry budget had doubled', speaker: 'Ada J. Lund' },
  { rule: 'subject-parenthetical', text: 'Ada Lund, a lawyer at the port and Harbour College in Washington, D.C., said the ferry budget had doubled.', quote: 'the ferry budget had doubled', speaker: 'Ada Lund' },
  // A party and state set off after a lawmaker's name, dots and all.
  { rule: 'subject-parenthetical', text: 'Rep. Ada Lund, R-N.Y., noted that the ferry budget had doubled.', quote: 'the ferry budget had doubled', speaker: 'Ada Lund' },
  { rule: 'subject-parenthetical', text: 'Sen. Ada Lund, D-Calif., said the ferry budget had doubled.', quote: 'the ferry budget had doubled', speaker: 'Ada Lund' },
  // After a fronted subordinate clause closed by a comma, the participle belongs to the main clause's named subject.
  // In a phrase of time that opens the sentence, the participle's subject is the main clause's; the content ends at
  // the phrase's comma.
  { rule: 'participle', text: 'One month after announcing her support for the plan, Ada Lund still believes the pier is unsafe.', quote: 'her support for the plan', speaker: 'Ada Lund' },
  { rule: 'participle', text: 'Ana Ruiz rebuked critics who say the port should close, saying the plan was sound.', quote: 'the plan was sound', speaker: 'Ana Ruiz' },
  { rule: 'participle', text: 'And even Ana Ruiz tried to stay out of it, noting that she would wait.', quote: 'she would wait', speaker: 'Ana Ruiz' },
  { rule: 'participle', text: 'After saying he was nervous, the harbour master asked about the pier.', quote: 'he was nervous', speaker: 'harbour master' },
  // The one heard, seen or caught speaking speaks.
  { rule: 'participle', text: 'The harbour master was seen telling reporters that the pier could not be saved.', quote: 'the pier could not be saved', speaker: 'harbour master' },
  { rule: 'participle', text: 'Ada Lund spent an hour explaining that the pier could not be saved.', quote: 'the pier could not be saved', speaker: 'Ada Lund' },
  { rule: 'participle', text: 'While most of the harbour pilots called for a strike, Ada Lund kept to her line, noting that a strike would fail.', quote: 'a strike would fail', speaker: 'Ada Lund' },
  { rule: 'participle', text: 'As the pilots met in Leith, Ada Lund was 300 miles away in Hull, promising to reopen the pier.', quote: 'to reopen the pier', speaker: 'Ada Lund' },
  // So does one after a clause linked by a comma and a conjunction, to that clause's subject.
  { rule: 'participle', text: 'Pilots say the rules are meant to hide them, and the Harbour Workers Union has sued the port, saying the rules break the law.', quote: 'the rules break the law', speaker: 'Harbour Workers Union' },
  { rule: 'participle', text: 'Ada Lund turned to the budget, but Omar Berg brought her back to the strike, asking her whether the pier would close.', quote: 'whether the pier would close', speaker: 'Omar Berg' },
  { rule: 'participle', text: 'Sen. Ada Lund, R-Ill., who faces a hard race, withdrew her support, saying the ferry budget had doubled.', quote: 'the ferry budget had doubled', speaker: 'Ada Lund' },
  { rule: 'appositive', text: 'Marta Ruiz, a 55-year-old nurse from Tacoma, Washington, says the clinic will close.', quote: 'the clinic will close', speaker: 'Marta Ruiz' },
  // A sentence adverb opening the sentence is no subject before a name and its appositive.
  { rule: 'appositive', text: 'Indeed, Marta Ruiz, a nurse from Tacoma, said the clinic will close.', quote: 'the clinic will close', speaker: 'Marta Ruiz' },
  { rule: 'appositive', text: 'Separately, Olga Sand, the head of the union, said the wards were short of staff.', quote: 'the wards were short of staff', speaker: 'Olga Sand' },
  // A setting after an auxiliary is skipped like an adverb: the subject is before it.
  { rule: 'relative-who', text: 'Ines Varga, who has in the past described the levy as “a tax on the poor,” spoke first.', quote: 'the levy as “a tax on the poor,”', speaker: 'Ines Varga' },
  { rule: 'relative-who', text: 'Ana Ruiz met voters who said the port should close.', quote: 'the port should close', speaker: 'voters' },
  { rule: 'relative-who', text: 'Ana Ruiz passionately rebuked critics who say the port should close.', quote: 'the port should close', speaker: 'critics' },
  { rule: 'subject-verb', text: 'The ferry company has in recent interviews said that the timetable would not change.', quote: 'the timetable would not change', speaker: 'ferry company' },
  // A description with its own relative clause opens the sentence; the name set off after it speaks.
  { rule: 'appositive', text: 'The firm that runs the ferry, Harbour Lines Ltd, denies that the timetable has been cut.', quote: 'the timetable has been cut', speaker: 'Harbour Lines Ltd' },
  { rule: 'appositive', text: 'The judge who heard the appeal, Ines Varga, said the rules were clear.', quote: 'the rules were clear', speaker: 'Ines Varga' },
  // A determiner that the ten-word limit would cut still opens the subject before its appositive.
  { rule: 'appositive', text: 'As we noted, a May 2020 survey by the Institute for Coastal Water Research, a think tank in Bergen, concluded that, on any measure, “the fjords are warming.”', quote: 'the fjords are warming.', speaker: 'Institute for Coastal Water Research' },
  // "twice" between the subject and its cue, as "repeatedly".
  { rule: 'subject-verb', text: 'The ferry company has twice denied that the timetable was cut.', quote: 'the timetable was cut', speaker: 'ferry company' },
  { rule: 'appositive', text: 'Nils Berg, executive director of the housing group, has accused the landlord of ignoring the mould.', quote: 'the landlord of ignoring the mould', speaker: 'Nils Berg' },
  // A document before "that" and a verb: the relative clause speaks for it, through its issuer if the sentence names one.
  { rule: 'relative-who', text: 'The harbour board issued a statement that said the pier would close.', quote: 'the pier would close', speaker: 'harbour board' },
  // A past form after "and", with a verb before, is a second verb: the speaker's phrase starts after it.
  { rule: 'relative-who', text: 'The outage affected 40,000 homes and angered local shop owners who accused the port of neglect.', quote: 'the port of neglect', speaker: 'local shop owners' },
  { rule: 'relative-who', text: 'The agency published a report that suggested the river was polluted.', quote: 'the river was polluted', speaker: 'the agency' },
  { rule: 'relative-who', text: 'The lawyer for the family, Victor Chen, who said the police had lied, left the court early.', quote: 'the police had lied', speaker: 'Victor Chen' },
  { rule: 'subject-parenthetical', text: 'Dario Ferri, who ran the northern port for more than a decade and then advised two successive governments on shipping law, said the new rules were unworkable.', quote: 'the new rules were unworkable', speaker: 'Dario Ferri' },
  { rule: 'subject-parenthetical', text: 'Luis Acosta — a teacher from the valley — says the school will not reopen.', quote: 'the school will not reopen', speaker: 'Luis Acosta' },
  { rule: 'subject-parenthetical', text: 'Speaking later on the same show, Sen. Rosa Ibarra (D-N.M.), who backs the bill, said the vote would be close.', quote: 'the vote would be close', speaker: 'Rosa Ibarra' },
  { rule: 'appositive', text: 'But Pereira, who’s running for the board, added that he too wants the depot moved.', quote: 'he too wants the depot moved', speaker: 'Pereira' },
  { rule: 'appositive', text: 'Speaking in Leeds, Ward, without naming her rival, accused the council of wasting money.', quote: 'the council of wasting money', speaker: 'Ward' },
  { rule: 'according-to', text: 'The fire started in the kitchen, according to Chief Anna Berg.', quote: 'The fire started in the kitchen', speaker: 'Anna Berg' },
  { rule: 'headline-colon', text: 'Ana Ruiz: The Bridge Will Reopen By Spring.', quote: 'The Bridge Will Reopen By Spring', speaker: 'Ana Ruiz' },
  // An article's headline may state the claim without a verb.
  { rule: 'headline-colon', text: 'Okafor: No outside influence on the ferry board inquiry.', quote: 'No outside influence on the ferry board inquiry', speaker: 'Okafor' },
  { rule: 'headline-colon', text: 'Okafor: Port board misled the council on the ferry deal.', quote: 'Port board misled the council on the ferry deal', speaker: 'Okafor' },
  { rule: 'as-reported-by', text: 'As reported by the Harbor Gazette, the depot will close in May.', quote: 'the depot will close in May', speaker: 'Harbor Gazette' },
  { rule: 'according-to', text: 'Ana Lind spoke with her Korean counterpart, according to a ministry readout.', quote: 'Ana Lind spoke with her Korean counterpart', speaker: 'ministry readout' },
  { rule: 'according-to', text: 'According to an FBI summary of its investigation, the aide sent an email.', quote: 'the aide sent an email', speaker: 'FBI summary of its investigation' },
  { rule: 'according-to', text: 'The mayor attended the briefing alone, according to a pool report.', quote: 'The mayor attended the briefing alone', speaker: 'pool report' },
  { rule: 'according-to', text: 'The judge ruled over the ministry’s objections, according to a press release from Open Courts.', quote: 'The judge ruled over the ministry’s objections', speaker: 'press release from Open Courts' },
  { rule: 'participle', text: 'Mayor Joan Pike defended the budget, saying the cuts were unavoidable.', quote: 'the cuts were unavoidable', speaker: 'Joan Pike' },
  // A participle with "that" opening the sentence: the subject after its comma speaks, and the content ends there.
  { rule: 'participle', text: 'Noting that both harbours had lost money, Joan Pike put the budget to a vote.', quote: 'both harbours had lost money', speaker: 'Joan Pike' },
  // After a dash of any kind, as after a comma.
  { rule: 'participle', text: 'Mayor Joan Pike changed her vote on the spot – saying the new plan was cheaper.', quote: 'the new plan was cheaper', speaker: 'Joan Pike' },
  // The people written or spoken to are listeners: the sentence's subject speaks.
  { rule: 'participle', text: 'Mayor Joan Pike emailed supporters saying the ferry would run all winter.', quote: 'the ferry would run all winter', speaker: 'Joan Pike' },
  { rule: 'participle', text: 'Mayor Joan Pike made a late appeal to voters saying the ferry would run all winter.', quote: 'the ferry would run all winter', speaker: 'Joan Pike' },
  { rule: 'participle', text: 'Mayor Joan Pike toured the dock, remarking that the cranes were older than she was.', quote: 'the cranes were older than she was', speaker: 'Joan Pike' },
  { rule: 'participle', text: 'Mayor Joan Pike left the hall, writing on Twitter that the vote had been rigged.', quote: 'the vote had been rigged', speaker: 'Joan Pike' },
  { rule: 'participle', text: 'On Sunday morning Mayor Joan Pike made a third attempt to calm the town, saying that the dam was safe.', quote: 'the dam was safe', speaker: 'Joan Pike' },
  { rule: 'participle', text: 'Earlier this week Mayor Joan Pike toured the port, warning that the storm would be severe.', quote: 'the storm would be severe', speaker: 'Joan Pike' },
  { rule: 'participle', text: 'Mayor Joan Pike, saying that the cranes were unsafe, walked out of the meeting.', quote: 'the cranes were unsafe', speaker: 'Joan Pike' },
  { rule: 'participle', text: 'A few days later, Senator Ada Brook changed course again, telling Fox 35 that the law should stay as it is.', quote: 'the law should stay as it is', speaker: 'Ada Brook' },
  { rule: 'subject-verb', text: 'Ada Brook told the crowd she would not quit.', quote: 'she would not quit', speaker: 'Ada Brook' },
  // A short phrase for people that opens the clause joins the subject over "and" and a determiner; a clause before
  // "and" does not.
  { rule: 'subject-verb', text: 'The mayor and the police chief said the curfew would end on Monday.', quote: 'the curfew would end on Monday', speaker: 'mayor and the police chief' },
  { rule: 'subject-verb', text: 'Many experts and some lawmakers say the law had successes.', quote: 'the law had successes', speaker: 'Many experts and some lawmakers' },
  { rule: 'subject-verb', text: 'The dam held and the engineers said the valley was safe.', quote: 'the valley was safe', speaker: 'engineers' },
  { rule: 'relative-who', text: '“We lost,” said Ivo Lind, a farmer and a former mayor who said he would not vote again.', quote: 'he would not vote again', speaker: 'Ivo Lind' },
  // A negated auxiliary between the subject and its cue is no part of the subject.
  { rule: 'subject-verb', text: 'A spokesman for the port didn’t say whether the ferries would run.', quote: 'whether the ferries would run', speaker: 'spokesman for the port' },
  { rule: 'subject-verb', text: "A spokesman for the port didn't say whether the ferries would run.", quote: 'whether the ferries would run', speaker: 'spokesman for the port' },
  { rule: 'subject-verb', text: 'A spokesman for the port did not say whether the ferries would run.', quote: 'whether the ferries would run', speaker: 'spokesman for the port' },
  { rule: 'subject-verb', text: 'The harbour board wouldn’t say whether the ferries would run.', quote: 'whether the ferries would run', speaker: 'harbour board' },
  // A negated progressive withholds the saying too, and one written with "isn't" is no noun and its participle.
  { rule: 'subject-verb', text: 'The harbour board is not saying what the new pier will cost.', quote: 'what the new pier will cost', speaker: 'harbour board' },
  { rule: 'subject-verb', text: 'The harbour board isn’t saying what the new pier will cost.', quote: 'what the new pier will cost', speaker: 'harbour board' },
  // A recording shows someone speaking: the one shown speaks, named or not.
  { rule: 'noun-participle', text: 'The video showed Ada Lind saying that the pier would close.', quote: 'the pier would close', speaker: 'Ada Lind' },
  { rule: 'noun-participle', text: 'The clip features residents declaring that the pier would close.', quote: 'the pier would close', speaker: 'residents' },
  { rule: 'noun-participle', text: 'Parents received a letter saying the school would close in June.', quote: 'the school would close in June', speaker: 'a letter' },
  // A second verb group after the content's own ends it: the sentence's main verb, whose subject is the document.
  { rule: 'noun-participle', text: 'A memo saying the base would close was leaked to reporters.', quote: 'the base would close', speaker: 'a memo' },
  { rule: 'noun-participle', text: 'The harbour board released a statement saying it was closing a pier that was built in 1990.', quote: 'it was closing a pier that was built in 1990', speaker: 'harbour board' },
  // A pronoun that issued the document speaks through it, as discourse resolves the pronoun.
  { rule: 'noun-participle', text: ['Ada Lund runs the ferry line.', 'At the time, she released a statement saying the line had been a trusted partner.'], quote: 'the line had been a trusted partner', speaker: 'Ada Lund' },
  // A document noun that is also a cue form ("report", "tweet") still speaks after its determiner.
  { rule: 'noun-participle', text: 'The harbour board released a report saying the pier was unsafe.', quote: 'the pier was unsafe', speaker: 'harbour board' },
  { rule: 'noun-participle', text: 'The plan faltered, with an adviser to the mayor conceding that the ferry would stop.', quote: 'the ferry would stop', speaker: 'adviser to the mayor' },
  { rule: 'noun-participle', text: 'The smog will worsen this week, with forecasters warning that the air will reach hazardous levels.', quote: 'the air will reach hazardous levels', speaker: 'forecasters' },
  { rule: 'noun-participle', text: 'Foreign Minister Lea Varga issued a statement saying the border would stay open.', quote: 'the border would stay open', speaker: 'Lea Varga' },
  { rule: 'noun-participle', text: 'The council split on the budget, with Mayor Ada Brook saying that the ferry subsidy must go.', quote: 'the ferry subsidy must go', speaker: 'Ada Brook' },
  { rule: 'noun-participle', text: 'The strike spread, with former Governor Lars Holm telling reporters on Friday he backed the dockers.', quote: 'he backed the dockers', speaker: 'Lars Holm' },
  { rule: 'noun-participle', text: 'The rivals made peace, with Omar Seidl calling Ida Berg his friend.', quote: 'Ida Berg his friend', speaker: 'Omar Seidl' },
  { rule: 'noun-participle', text: 'The mayor kept her lead, with 40 percent of residents saying the bridge should be rebuilt.', quote: 'the bridge should be rebuilt', speaker: '40 percent of residents' },
  // "… and said" after ", and X verb …" is that clause's X, not the sentence's first subject.
  { rule: 'coordinated', text: 'Several pilots called for a strike, and the Harbour Workers Union denounced the rules and said they were unlawful.', quote: 'they were unlawful', speaker: 'Harbour Workers Union' },
  { rule: 'coordinated', text: 'Rita Vance condemned the attack and said the city would not be intimidated.', quote: 'the city would not be intimidated', speaker: 'Rita Vance' },
  { rule: 'coordinated', text: 'Harbour Lines runs the ferry and says it will keep the fares.', quote: 'it will keep the fares', speaker: 'Harbour Lines' },
  { rule: 'participle', text: 'Governor Nina Falk blamed the press for Omar Seidl’s claim that the plant “leaks poison,” saying reporters had ignored the tests.', quote: 'reporters had ignored the tests', speaker: 'Nina Falk' },
  { rule: 'participle', text: 'The council raised the fees again, with senior councillors defending the plan and vowing to spend the money on schools.', quote: 'to spend the money on schools', speaker: 'senior councillors' },
  { rule: 'participle', text: 'The United States stepped up pressure on the regime, vowing to keep its fleet in the region.', quote: 'to keep its fleet in the region', speaker: 'United States' },
  { rule: 'participle', text: 'The editor answered the company’s letter point by point, writing that the reporters had named their newspaper.', quote: 'the reporters had named their newspaper', speaker: 'the editor' },
  { rule: 'participle', text: 'Tomas Berg was quoted as saying the ferry would run again.', quote: 'the ferry would run again', speaker: 'Tomas Berg' },
  { rule: 'subject-verb', text: 'Senator Ida Moreno is pledging to take her fight to the convention floor.', quote: 'to take her fight to the convention floor', speaker: 'Ida Moreno' },
  { rule: 'subject-verb', text: 'Farm groups are warning that the drought will cut the harvest by half.', quote: 'the drought will cut the harvest by half', speaker: 'Farm groups' },
  { rule: 'bare-cue', text: ['Kofi Mensah ran the clinic for twenty years.', '“It was never about the money,” he said. “It was about the people,” said.'], quote: 'It was about the people,', speaker: 'Kofi Mensah' },
  { rule: 'unnamed-asker', text: 'When asked whether she would run again, Greta Lund laughed.', quote: 'whether she would run again', speaker: null },
  { rule: 'asked-by', text: 'When asked by a reporter whether the mill would close, Greta Lund laughed.', quote: 'whether the mill would close', speaker: 'a reporter' },
  { rule: 'asked-by', text: 'Greta Lund was asked by radio host Omar Vance if she would run again.', quote: 'if she would run again', speaker: 'Omar Vance' },
  { rule: 'asked-by', text: '“Never,” Greta Lund said when asked by a caller why the mill had closed.', quote: 'why the mill had closed', speaker: 'a caller' },
  { rule: 'purpose-infinitive', text: 'Ada Brook was quick to point out that the hall was half empty.', quote: 'the hall was half empty', speaker: 'Ada Brook' },
  { rule: 'object-control', text: 'The storm led Ana Ruiz to say that the pier would stay shut.', quote: 'the pier would stay shut', speaker: 'Ana Ruiz' },
  { rule: 'object-control', text: 'The new rule allowed Harbour Lines to claim that its ferries were safer.', quote: 'its ferries were safer', speaker: 'Harbour Lines' },
  { rule: 'object-control', text: 'The rain forced officials to announce that the game was off.', quote: 'the game was off', speaker: 'officials' },
  // A past form the lexicon also knows as an adjective ("used") is the subject's verb before a determiner.
  { rule: 'purpose-infinitive', text: 'The harbour master used the briefing to stress that the pier was safe.', quote: 'the pier was safe', speaker: 'harbour master' },
  { rule: 'purpose-infinitive', text: 'Officials used the briefing to say that the pier was safe.', quote: 'the pier was safe', speaker: 'officials' },
  // A clause opened by "where" is no subject ("Where Ruiz" was one).
  { rule: 'purpose-infinitive', text: 'Where Ruiz went, the harbour master went on local radio to declare that a new pier would be built.', quote: 'a new pier would be built', speaker: 'harbour master' },
  { rule: 'purpose-infinitive', text: 'The harbour master went on local radio to declare the port closed for a week.', quote: 'the port closed for a week', speaker: 'harbour master' },
  // Acts done in order to speak: spoke, held a news conference, seized on, appeared, stepped, returned.
  { rule: 'purpose-infinitive', text: 'Ms. Ada Brook spoke on Monday to argue that the pier was safe.', quote: 'the pier was safe', speaker: 'Ada Brook' },
  { rule: 'purpose-infinitive', text: 'The harbour master held a news conference to announce that the port would reopen.', quote: 'the port would reopen', speaker: 'harbour master' },
  { rule: 'purpose-infinitive', text: 'Dock workers seized on the remarks to argue that the pier was unsafe.', quote: 'the pier was unsafe', speaker: 'Dock workers' },
  // A cue after a comma and "then" that follows a verb shares that verb's subject.
  // A verb before a preposition ends the shared subject, past or present.
  { rule: 'coordinated', text: 'Rita Vance turned to the crowd and said that she would never resign.', quote: 'she would never resign', speaker: 'Rita Vance' },
  { rule: 'coordinated', text: 'The senator looks into the camera and swears that he will never resign.', quote: 'he will never resign', speaker: 'the senator' },
  { rule: 'coordinated', text: 'The city council votes on Monday and has said it would approve the plan.', quote: 'it would approve the plan', speaker: 'city council' },
  // A lab or a laboratory speaks as an institution, also with a relative clause after its owner's name.
  { rule: 'appositive', text: 'The laboratory of Jane Okafor, who studies bats at Yale, reported that the virus had spread.', quote: 'the virus had spread', speaker: 'laboratory of Jane Okafor' },
  { rule: 'coordinated', text: 'Rita Vance paused, then revealed why the vote had mattered.', quote: 'why the vote had mattered', speaker: 'Rita Vance' },
  { rule: 'coordinated', text: 'Rita Vance paused for a long moment, then said that the vote had mattered.', quote: 'the vote had mattered', speaker: 'Rita Vance' },
  // A name that ends in a suffix and its dot speaks through ", who" and through an appositive.
  { rule: 'relative-who', text: 'The remark drew a reply from Tomas Berg Jr., who suggested that the mayor was trying to stay relevant.', quote: 'the mayor was trying to stay relevant', speaker: 'Tomas Berg Jr' },
  { rule: 'appositive', text: 'Tomas Berg Jr., the mayor’s son, said that the ferry would run.', quote: 'the ferry would run', speaker: 'Tomas Berg Jr' },
  { rule: 'relative-who', text: 'The F.B.I., which said that the case was closed, declined to comment.', quote: 'the case was closed', speaker: 'F.B.I.' },
  // A subject that holds a relative clause speaks through its head, not through the name the clause mentions.
  { rule: 'appositive', text: 'The official who briefed Ada Brook, a senior aide, said the vote was close.', quote: 'the vote was close', speaker: 'the official' },
  { rule: 'noun-complement', text: 'The vote tested Anders Holt’s claim that the party was united.', quote: 'the party was united', speaker: 'Anders Holt' },
  { rule: 'noun-complement', text: 'Ana Ruiz made the suggestion that the port should close.', quote: 'the port should close', speaker: 'Ana Ruiz' },
  { rule: 'noun-complement', text: 'Ana Ruiz made no mention of the port.', quote: 'the port', speaker: null },
  { rule: 'noun-participle', text: 'The ministry issued a statement Monday saying the port was closed.', quote: 'the port was closed', speaker: 'the ministry' },
  { rule: 'noun-participle', text: 'The union sent a letter this week urging the council to act.', quote: 'the council to act', speaker: 'the union' },
  { rule: 'noun-participle', text: 'His office put out a statement saying the port was closed.', quote: 'the port was closed', speaker: 'His office' },
  { rule: 'noun-complement', text: 'The vote tested the court’s conclusion that the law was sound.', quote: 'the law was sound', speaker: 'the court' },
  { rule: 'noun-complement', text: 'The school board faced complaints that the new bus routes were too long.', quote: 'the new bus routes were too long', speaker: null },
  { rule: 'noun-complement', text: 'The mayor stirred anger with an assertion that the river was clean.', quote: 'the river was clean', speaker: null },
  { rule: 'noun-complement', text: 'Her speech made no mention of the strike at the port.', quote: 'the strike at the port', speaker: null },
  { rule: 'noun-complement', text: 'The vote undercut the senators’ claim that voters wanted the bill.', quote: 'voters wanted the bill', speaker: 'senators' },
  { rule: 'noun-complement', text: 'The poll undercut House Democrats’ repeated claims that voters wanted the bill.', quote: 'voters wanted the bill', speaker: 'House Democrats' },
  { rule: 'noun-complement', text: 'The vote tested Anders Holt’s claim in a recent radio interview that the party was united.', quote: 'the party was united', speaker: 'Anders Holt' },
  { rule: 'noun-complement', text: 'The vote tested the mayor’s claim that the river was clean.', quote: 'the river was clean', speaker: 'the mayor' },
  { rule: 'noun-complement', text: 'Tomas Berg spoke first. Berg renewed his call to close the harbour to tankers.', quote: 'to close the harbour to tankers', speaker: 'Tomas Berg' },
  // A by-phrase between the noun and its "that" names who made the claim; a verb before the noun is no determiner.
  { rule: 'noun-complement', text: 'The senator dismissed claims by Ilse Marten that the count was fixed.', quote: 'the count was fixed', speaker: 'Ilse Marten' },
  { rule: 'noun-complement', text: 'The board rejected the allegation by the union that wages had been cut.', quote: 'wages had been cut', speaker: 'the union' },
  // A relative clause between the subject and its cue: the noun before "who" speaks, capitalised where it opens the
  // sentence, over a clause of its own ("that …") and a parenthetical; never the object inside the clause.
  { rule: 'subject-verb', text: 'Officials who spoke to reporters on Monday said the pier was safe.', quote: 'the pier was safe', speaker: 'officials' },
  { rule: 'subject-verb', text: 'Critics who have long opposed the levy said it was unfair.', quote: 'it was unfair', speaker: 'critics' },
  { rule: 'subject-verb', text: 'The judges who ruled that the counties could not enforce their maps, for instance, said the problem was the deadline.', quote: 'the problem was the deadline', speaker: 'judges' },
  // A base form is a cue after a plural or "they" ("critics maintain"), never after a singular noun ("the stress").
  { rule: 'subject-verb', text: 'Critics maintain that the levy is unfair.', quote: 'the levy is unfair', speaker: 'critics' },
  { rule: 'subject-verb', text: 'Economists estimate that growth will slow to 1 percent.', quote: 'growth will slow to 1 percent', speaker: 'economists' },
  // "used to" is a habit of saying; "has used to describe" is a thing used.
  { rule: 'subject-verb', text: 'Marta Ruiz used to boast that she had never lost a race.', quote: 'she had never lost a race', speaker: 'Marta Ruiz' },
  { rule: 'subject-verb', text: 'Ruth Adler frequently notes that the hall was half empty.', quote: 'the hall was half empty', speaker: 'Ruth Adler' },
  { rule: 'subject-verb', text: 'Smith notes that the hall was half empty.', quote: 'the hall was half empty', speaker: 'Smith' },
  { rule: 'subject-verb', text: 'Lind and Berg both stressed that the hall was half empty.', quote: 'the hall was half empty', speaker: 'Lind and Berg' },
  { rule: 'relative-who', text: 'The court ruled on a request by The Harbor Gazette, which argued that the files were of public interest.', quote: 'the files were of public interest', speaker: 'Harbor Gazette' },
];

function check<R extends string>(row: Row<R>, pick: (q: Quote) => R | string | null): void {
  const quotes = quotesOf(row.text);
  const found = quotes.find((q) => q.text === row.quote);
  expect(found, `no quote "${row.quote}" in ${JSON.stringify(quotes.map((q) => [q.text, q.rule, q.clauseRule]))}`).toBeDefined();
  expect(pick(found!)).toBe(row.rule);
  expect(found!.speaker).toBe(row.speaker);
}

describe('reported-speech rules', () => {
  for (const row of REPORTED) it(`${row.rule}: ${String(row.text)}`, () => check(row, (q) => (q.kind === 'indirect' ? q.rule : null)));
});

describe('direct-quote rules', () => {
  for (const row of DIRECT) it(`${row.rule}: ${String(row.text)}`, () => check(row, (q) => (q.kind === 'direct' ? q.rule : null)));
});

describe('discourse rules', () => {
  for (const row of DISCOURSE) it(`${row.rule}: ${String(row.text)}`, () => check(row, (q) => (q.kind === 'direct' ? q.rule : null)));
});

describe('attribution-clause rules', () => {
  for (const row of CLAUSES) it(`${row.rule}: ${String(row.text)}`, () => check(row, (q) => q.clauseRule));
});

describe('every rule has a row', () => {
  const covered = (rows: Array<Row<string>>, names: object): string[] => Object.keys(names).filter((n) => !rows.some((r) => r.rule === n));
  it('reported, direct, discourse and clause rules are all exercised', () => {
    expect(covered(REPORTED, REPORTED_RULES)).toEqual([]);
    expect(covered(DIRECT, DIRECT_RULES)).toEqual([]);
    expect(covered(DISCOURSE, DISCOURSE_RULES)).toEqual([]);
    expect(covered(CLAUSES, CLAUSE_RULES)).toEqual([]);
  });
});

describe('a quotation inside a reported passage', () => {
  it('is one statement: the quote points at the passage of the same source', () => {
    const r = analyzeBlocks(['Mayor Ines Duarte says the budget is “dead on arrival” in the council this year.']);
    const passage = r.quotes.find((q) => q.kind === 'indirect');
    const quote = r.quotes.find((q) => q.kind === 'direct');
    expect(passage?.text).toBe('the budget is “dead on arrival” in the council this year');
    expect(quote?.within).toBe(passage?.id);
  });
  it('a report passed on by "according to" is whole, and also its own speaker\'s', () => {
    const r = analyzeBlocks(['According to the Ledger, Nina Falk, a nurse at the clinic, wrote in a blog post that the patients had arrived a week earlier.']);
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([
      ['Ledger', 'Nina Falk, a nurse at the clinic, wrote in a blog post that the patients had arrived a week earlier'],
      ['Nina Falk', 'the patients had arrived a week earlier'],
    ]);
  });
  it('is the direct quote alone after an opening adverbial and a mid-sentence cue: no passage repeats it', () => {
    for (const text of ['After the vote, the union said, “We will not go back until the contract is signed.”', 'On Monday, Ida Berg wrote, “the port is closed.”']) {
      expect(analyzeBlocks([text]).quotes.map((q) => q.kind)).toEqual(['direct']);
    }
    expect(analyzeBlocks(['After the vote, the union said, the strike would go on.']).quotes.map((q) => [q.kind, q.text])).toEqual([['indirect', 'the strike would go on']]);
  });
  it('a report passed on by ", according to" after it is whole too, and also its own speaker\'s', () => {
    const r = analyzeBlocks(['Nina Falk, a nurse at the clinic, wrote in a blog post that the patients had arrived a week earlier, according to the Ledger.']);
    expect(r.quotes.map((q) => [q.speaker, q.text])).toEqual([
      ['Ledger', 'Nina Falk, a nurse at the clinic, wrote in a blog post that the patients had arrived a week earlier'],
      ['Nina Falk', 'the patients had arrived a week earlier'],
    ]);
  });
  it.each([
    ['“This will be a challenge” for the mayor, said Ida Berg.', '“This will be a challenge” for the mayor'],
    ['“We are frustrated and horrified” by the closing of the port, the union said on Monday.', '“We are frustrated and horrified” by the closing of the port'],
  ])('opening the sentence, is inside the report when the claim goes on after it: %s', (text, passage) => {
    const r = analyzeBlocks([text]);
    expect(r.quotes.filter((q) => q.kind === 'indirect').map((q) => q.text)).toEqual([passage]);
    expect(r.quotes.find((q) => q.kind === 'direct')?.within).toBe(r.quotes.find((q) => q.kind === 'indirect')?.id);
  });
  it.each([
    '“We will win,” the mayor said.',
    '“The port stays open,” Ida Berg said on the radio, adding, “We will not close it.”',
    '“The port stays open,” she said, but despite the storm, “we will check the cranes,” said Ida Berg.',
    '“The port stays open,” Ida Berg, a spokeswoman for the harbour board told the radio.',
    '“The port stays open,” another harbour pilot, Ida Berg told the radio.',
    // (A doubled attribution, as edited copy sometimes leaves it.)
    '“No,” replied Ida Berg, the harbour master, said simply.',
  ])('opening the sentence, followed by its own attribution, is only a direct quote: %s', (text) => {
    expect(analyzeBlocks([text]).quotes.filter((q) => q.kind === 'indirect').map((q) => q.text)).toEqual([]);
  });
  it('is the whole report when an infinitive is all quoted: no passage repeats it', () => {
    const r = analyzeBlocks(['Jonas Weber vowed to “fight on to the very end.”']);
    expect(r.quotes.map((q) => q.kind)).toEqual(['direct']);
  });
  it('stays its own statement when another source reports it', () => {
    const r = analyzeBlocks(['“We will not move,” said Tom Ruiz.', 'Ana Lopez said Ruiz had told her “we will not move” before the vote.']);
    expect(r.quotes.filter((q) => q.within)).toEqual([]);
  });
});

describe('words after a cue that are not content', () => {
  it('a manner adverb is skipped, and a clause of circumstance after it is no report', () => {
    const quotes = quotesOf('“We have had better weeks,” Rosa Lind said matter-of-factly as the hall emptied.');
    expect(quotes.filter((q) => q.kind === 'indirect').map((q) => q.text)).toEqual([]);
  });
  it('a manner adverb before the content is not part of it', () => {
    const quotes = quotesOf('Rosa Lind said bluntly that the hall was half empty.');
    expect(quotes.filter((q) => q.kind === 'indirect').map((q) => q.text)).toEqual(['the hall was half empty']);
  });
});

describe('cues that need more than their word', () => {
  const indirect = (text: string): Quote[] => quotesOf(text).filter((q) => q.kind === 'indirect');
  it('a weak cue after a noun reports a clause, not a thing pointed at', () => {
    expect(indirect('The aisles were lined with signs pointing out member discounts on fresh fish this week.')).toEqual([]);
    expect(indirect('The aisles were lined with signs pointing out that members pay less.').map((q) => q.text)).toEqual(['members pay less']);
  });
  it('an infinitive reports speech only as a purpose or after "quick": "wants to argue" may never be said', () => {
    expect(indirect('Ada Brook wants to argue that the hall is too small.')).toEqual([]);
    expect(indirect('Ada Brook rose to argue that the hall is too small.').map((q) => q.text)).toEqual(['the hall is too small']);
  });
  it('"calls" after a plain noun is the noun, unless an object pronoun follows it', () => {
    expect(indirect('The phone calls from angry voters jammed the switchboard for days.')).toEqual([]);
    expect(indirect('The union calls it a betrayal of the dockers.').map((q) => q.text)).toEqual(['it a betrayal of the dockers']);
  });
  it('a name before an -ing cue speaks only in an absolute "with" phrase', () => {
    expect(indirect('Prices fell, with Harbor Freight Trading down ten percent.')).toEqual([]);
    expect(indirect('Ida Berg met Omar Seidl saying that the talks went well.').filter((q) => q.speaker === 'Omar Seidl')).toEqual([]);
    expect(indirect('Prices fell, with Omar Seidl saying that the talks went well.').map((q) => q.speaker)).toEqual(['Omar Seidl']);
  });
  it('"point" is a cue only with its particle, which never opens the content', () => {
    expect(indirect('At one point the delegates walked out of the hall in protest.')).toEqual([]);
    expect(indirect('Ada Brook pointed out that the hall was half empty.').map((q) => q.text)).toEqual(['the hall was half empty']);
  });
  it('"call" with an adjective after its object: not a time, a role reached by phone, or an adjective used as a noun', () => {
    expect(indirect('Omar Haddad called the vote early.')).toEqual([]);
    expect(indirect('Omar Haddad called the harbour’s chief executive, Ana Lund, before the vote.')).toEqual([]);
    expect(indirect('The skaters called the boneless.')).toEqual([]);
  });
  it('"to" before a name, a determiner or a pronoun opens no infinitive after a listener', () => {
    expect(indirect('Reporters asked questions about the strike to all three leaders.')).toEqual([]);
    expect(indirect('Ada Lund told reporters during a visit to Leith that the pier was safe.').map((q) => q.text)).toEqual(['the pier was safe']);
    expect(indirect('Ada Lund told the board that no records responsive to its request were found.').map((q) => q.text)).toEqual(['no records responsive to its request were found']);
  });
  it('"make" is a cue only with "clear", after "it" or not: "made a decision" reports nothing', () => {
    expect(indirect('The delegates made a decision that angered the hall.')).toEqual([]);
    expect(indirect('Ada Brook made clear that the hall would close.').map((q) => [q.speaker, q.text])).toEqual([['Ada Brook', 'the hall would close']]);
    expect(indirect('Ada Brook has made it clear that she will not resign.').map((q) => [q.speaker, q.text])).toEqual([['Ada Brook', 'she will not resign']]);
  });
  it('"write" and "maintain" with a thing for object report nothing; a clause or a piece of writing is content', () => {
    expect(indirect('Elton Marsh has written the song for the film.')).toEqual([]);
    expect(indirect('The city maintains its own air quality monitor on the roof.')).toEqual([]);
    expect(indirect('Ana Ruiz maintains she was never told about the audit.').map((q) => q.text)).toEqual(['she was never told about the audit']);
    expect(indirect('Kim Sato wrote a letter to the mayor asking him to resign.').map((q) => q.text)).toEqual(['a letter to the mayor asking him to resign']);
  });
  it('"reveal" and "conclude" with a thing for object report nothing: a product shown, a tour ended', () => {
    expect(indirect('Earlier this year, the carmaker revealed the Vantor Roadster, an open-top version of its coupe.')).toEqual([]);
    expect(indirect('The band opens the tour in Miami and concludes October 10th in Denver, Colorado.')).toEqual([]);
    expect(indirect('The carmaker revealed the roadster would go on sale in May.').map((q) => q.text)).toEqual(['the roadster would go on sale in May']);
    expect(indirect('The panel concluded that the dam was safe.').map((q) => q.text)).toEqual(['the dam was safe']);
  });
  it('only "it" is said that …: "all is said and done" and "what is said" are no report and no source', () => {
    const r = analyzeBlocks(['After all is said and done, the team will be left with two rookies.']);
    expect(r.quotes).toEqual([]);
    expect(r.anonymousMentions).toEqual([]);
    expect(indirect('It is said that the old mill never closed.').map((q) => q.text)).toEqual(['the old mill never closed']);
  });
  it('the agent of a participle after the subject does not speak: "reports seen by X suggest"', () => {
    const speakers = indirect('Intelligence reports seen by the Ledger suggest that the general has been planning a comeback.').map((q) => q.speaker);
    expect(speakers).not.toContain('Ledger');
  });
});

/**
 * A cue that also takes a thing for object (add, agree, write, post, tweet, charge, answer, reveal, …) reports a clause
 * only, and a "call for" whose subject is a forecast or a recipe is a requirement: each row is a sentence and the
 * reported contents it must give (none, when the object is a thing).
 */
const THINGS_DONE: Array<[string | string[], string[]]> = [
  ['Ana Ruiz Accused Of Lying To The Harbour Board', []],
  ['Senate Finally Confirmed A Judge For The Harbour Court', []],
  ['Ana Ruiz was confirmed by the Senate on Monday.', []],
  ['Ana Ruiz asked the man who ran the shop to leave.', []],
  // What the subject did before a participle is narration; the participle's content comes after it.
  ['Ana Ruiz hinted at the issue on Monday, adding, “We will see.”', []],
  ['At Sunday night’s debate, Tomas Berg compared himself to Ana Ruiz, saying he was the better choice.', ['he was the better choice']],
  ['Ana Kurz added three assists to lead the Harbor Hawks.', []],
  ['Pia Lund added her seventh goal for the Hawks, and Ola Berg stopped 27 shots.', []],
  ['Tomas Berg has agreed a deal to coach the Harbor Hawks until the end of the season.', []],
  ['As Ida Wren wrote The Long River, Ola Berg built the house on the hill.', []],
  ['Years before Ida Wren wrote The Long River, Ola Berg built the house on the hill.', []],
  ['The club posted a video of the parade on its website.', []],
  ['The jam is sweet. The original recipe for this jam called for three cups of sugar, but I use less.', []],
  ['The region is dry and forecasts called for strong winds on Tuesday.', []],
  ['The bank added more than 2% to begin the week after the rival firm took a stake.', []],
  ['A council member confirmed the vote, asking for anonymity to speak freely.', ['the vote']],
  // (The letter Ola Berg wrote is described, not reported: the whole sentence is Ida Wren's.)
  ['Ida Wren added that the roads had closed, and the letter Ola Berg wrote was “kind and generous.”', ['the roads had closed, and the letter Ola Berg wrote was “kind and generous.”']],
  ['Ana Kurz added that the team would play in May.', ['the team would play in May']],
  ['Ana Kurz added the team needs a new coach.', ['the team needs a new coach']],
  ['Tomas Berg agreed the deal was fair to both clubs.', ['the deal was fair to both clubs']],
  ['The club posted that the parade would start at noon.', ['the parade would start at noon']],
  ['Ida Wren called for an inquiry into the flooding.', ['an inquiry into the flooding']],
  ['Ida Wren called on the “interim” council to reopen the port.', ['the “interim” council to reopen the port']],
  ['Ida Wren called on residents not to “panic” tonight.', ['residents not to “panic” tonight']],
  ['Ida Wren called on the mayor to “reopen the port” at once.', ['the mayor to “reopen the port” at once']],
  // "maintain" reports a clause only, never a lead kept or (in a police blotter) a nuisance kept.
  ['Ola Berg has maintained a wide lead in the polls for months, both in the cities and on the farms.', []],
  [['Officers arrested Pia Lund, 33, on Tuesday.', 'Pia Lund: Dealing in stolen goods, possession of a controlled substance, maintaining a common nuisance, held in jail in lieu of $5,000 bond.'], []],
  ['Ana Kurz maintained that the team would play in May.', ['the team would play in May']],
  // A base form that is also a noun ("call", "claim", "report", "tweet") is the verb after a plural subject only.
  ['Critics call the plan a disaster for the harbour.', ['the plan a disaster for the harbour']],
  ['Harbour workers call for an inquiry into the flooding.', ['an inquiry into the flooding']],
  ['Tenant groups call on the council to freeze the rents.', ['the council to freeze the rents']],
  ['The Harbor Gazette’s report today claims that the port will close in May.', ['the port will close in May']],
  ['Ida Wren began the day with a signed tweet that drew no conclusions about the flood.', []],
  ['The October report exceeded forecasts, with 271,000 new jobs in the region.', []],
  ['But will we still call it the Harbor Line once it reaches the coast?', []],
  ['The tenants’ union is calling on Ana Lima to resign and call on Ola Berg to step down as mayor.', ['Ana Lima to resign', 'Ola Berg to step down as mayor']],
  // Verbs that report a clause only (clauseStrict): a board served, a summer regretted, a night retold, a levy put
  // forward, support given are things done; "states" after a noun is the plural noun.
  ['Ola Berg has advised the harbour board since 2015.', []],
  ['Ida Wren lamented the rainy summer at the harbour festival.', []],
  ['Ida Wren lamented that the festival had lost its sponsors.', ['the festival had lost its sponsors']],
  ['Ida Wren recounted the night of the flood on a local radio show.', []],
  ['The city proposed a new levy on cruise ships last year.', []],
  ['Ida Wren proposed to hold the vote in May.', ['to hold the vote in May']],
  ['The council has pledged its support to the harbour plan.', []],
  ['Ana Kurz leads Ola Berg by 270 pledged delegates after the vote.', []],
  ['The candidates fought hard in Rust Belt states that have suffered from the loss of factory jobs.', []],
  ['It states that courts should not rule too close to an election.', ['courts should not rule too close to an election']],
  // A noun after "of" is not the head of what was added, and a gerund after a preposition has its own object.
  ['The new rule adds a layer of review to every loan.', []],
  ['The mobile delivery of scans adds a new dimension by helping doctors make decisions.', []],
];

describe('things done are not things said', () => {
  for (const [text, contents] of THINGS_DONE) {
    it(Array.isArray(text) ? text.join(' ') : text, () => expect(quotesOf(text).filter((q) => q.kind === 'indirect').map((q) => q.text)).toEqual(contents));
  }
});

/** Where a report stops or is no report at all: each row a paragraph and the reported contents it must give. */
const NOT_MADE: Array<[string, string[]]> = [
  // A report passed on by another ("…, the Ledger reported") is reported whole, but not the same speaker's own again
  // nor one joined to more content ("…, and …, X added").
  ['Ada Lind said the pier was unsafe, and the vote would wait, Lind added.', ['the pier was unsafe, and the vote would wait']],
  ['Ada Lind said the pier was unsafe but added, “We will see,” Ada Lind said.', ['the pier was unsafe']],
  // A base form after a singular noun or a possessive is a noun; "has used to describe" names a word used, not a report.
  ['The stress that the long strike put on the harbour was plain.', []],
  ['Ana Ruiz said it was a term the mayor has used to describe the harbour board.', ['it was a term the mayor has used to describe the harbour board']],
  // An opening participle whose comma is past a colon has no subject to speak for it: the quotation's commas are its own.
  ['Conceding that a deal would come “down the line” he warned: “Not soon, because our focus is the harbour, the bloc.”', []],
  // A cue's base form after a preposition is a noun, and after a plural of things no one speaks.
  ['Yoga can lower levels of stress hormones like cortisol.', []],
  ['The holiday deals promise to be even better than they usually are.', []],
  // A hypothetical speaker's words are not reported.
  ['If someone asked me whether I would run again, I would say no.', []],
  // A bar between spaces separates the items of a line of headlines.
  ['Progressives oppose funding bill | Senators call for a 5G security chief | Facebook gets questions on data', ['a 5G security chief']],
  ["Mira Holt says the 'reform' is a ruse | Senators call for a 5G security chief", ["the 'reform' is a ruse", 'a 5G security chief']],
  // After content that is a noun phrase, "and" and a past or finite verb is the speaker acting again.
  ['The network barely mentioned the mayor’s long speech and went right back to its panel of guests.', ['the mayor’s long speech']],
  ['Ida Wren denied the reports of a merger and was cleared by the board the following year.', ['the reports of a merger']],
  ['The mayor said he was tired and wanted to go home.', ['he was tired and wanted to go home']],
  // After the quotation it attributes, "told" and a listener alone report nothing; "All told" sums up.
  ['“We have come a long way,” he told cheering supporters in Nashua on Monday morning.', []],
  // Nor do any cue's time, place or medium: the words after it hold no clause.
  ['“It is a copy,” Ada Lind said just after midnight on a local radio station.', []],
  ['“We are ready,” the mayor said in an interview airing Sunday on Channel 4.', []],
  ['“We are ready,” the mayor said into the camera with a crowd behind her.', []],
  // … but a clause after them is a report, and so is what a participle after them explains.
  ['“We are ready,” the mayor said on Sunday the port would reopen.', ['the port would reopen']],
  ['“We are ready,” the mayor said, explaining why the port would reopen.', ['why the port would reopen']],
  // A past form after an indefinite thing, before a place or a time, describes the thing.
  ['A video posted online on Monday shows the pier in flames.', []],
  ['All told, up to 5 million people could be eligible for the programs.', []],
  ['A spokesman called the report “false and misleading.”', ['the report “false and misleading.”']],
  // An -s form after a quantifier is a plural noun, not a verb; the verb after it still reports.
  ['Other estimates are in the same ballpark.', []],
  ['Many reports described the plan as a failure.', ['the plan as a failure']],
  // "That" before a verb after a claim opens a relative clause, not the claim's content.
  ['Of all the claims that could be made against the mayor, the council chose the weakest.', []],
  // A pronoun object alone ("confirmed it", "explained them") points back to what was said; the words after it are
  // where and to whom, not content. A quotation after it is: "called it “…”".
  ['The harbour board confirmed this in a statement.', []],
  ['The harbour board confirmed it in a statement on Monday.', []],
  ['Ida Wren explained them to me over lunch.', []],
  ['The mayor called it “a fresh start” for the port.', ['it “a fresh start” for the port']],
  // After a possessive that is never an object pronoun ("their", "his", "its"), an -s form is a plural noun too.
  ['The boards arrived at their estimates and will publish them in May.', []],
  ['We wrote to both boards to learn how they arrived at their estimates and will update this story.', []],
  // An -ing cue after "such as" is an example of what a thing does, not a report.
  ['The dashboard lights deliver messages from the navigation system, such as suggesting a lane change, when traffic builds.', []],
  // "Tell" with no listener discerns; "wonder" asks no one.
  ["You can't even tell that the machine is larger than the old one.", []],
  ['It is too early to tell if the plan will work.', []],
  ['The mayor told reporters that the plan was dead.', ['the plan was dead']],
  ['The bored public wonders where exactly the smoking gun is.', []],
  // After a degree word an -ing form is an adjective, not a participle that reports.
  ['A very telling remark came later.', []],
  ['But perhaps the most telling contradiction was his claim that he visited the city in 2010.', ['he visited the city in 2010']],
  // A past form between a number and a noun is an adjective; before "that" or a determiner it is the verb.
  ['With three confirmed diagnoses, the public is beginning to panic.', []],
  ['There were 12 reported deaths last year.', []],
  ['Two confirmed that the talks had failed.', ['the talks had failed']],
  // After a counted plural that names no people or document, with no object after it, the past form is a passive
  // participle; people and documents counted so still speak, and so does a subject whose counted plural is in its
  // modifier.
  ['By Friday there were 3,248 cases reported worldwide, including 584 deaths.', []],
  ['Officials said 12 deaths confirmed since Monday were linked to the storm.', ['12 deaths confirmed since Monday were linked to the storm']],
  ['Two senators warned that the bill would fail.', ['the bill would fail']],
  ['Three studies reported that the drug was safe.', ['the drug was safe']],
  ['A new poll of voters in all 50 states revealed a variety of views across the country.', ['a variety of views across the country']],
  // A weak cue's -ing form after "is"/"are" before a conjunction or a stop is an adjective.
  ['The fund backs ideas that two charities believe are promising but that lack organizations to scale them.', []],
  ['The senators are promising to cut taxes.', ['to cut taxes']],
  // A saying denied is no report.
  ['Our shocked experts somehow cannot explain why they were silent.', []],
  ['The mayor can’t say whether the bridge will open.', []],
  ['The mayor said he cannot promise that the bridge will open.', ['he cannot promise that the bridge will open']],
  // So is one that ought to be made: those told to speak have not; one supposed to have been made ("must have said") is.
  ['The harbour board should make it clear that the pier is unsafe.', []],
  ['Critics must also say what they would build instead.', []],
  ['Ferry operators ought to say whether fares will rise.', []],
  // The writer's "you" is the reader, advised or supposed, never a source.
  ['You have a right to put your foot down and make clear that the two of you sit together.', []],
  ['If the fare rises again, you say that the ferry is too dear.', []],
  // A section label with a number before a colon names no one ("WIRED25: …" is a series' title).
  ['NEWS24: Stories of people who are racing to save us', []],
  // After a preposition an -ing cue form is a gerund, the preposition's object: no noun before it speaks through it.
  ['The library runs classes on writing a memoir.', []],
  ['The council was criticised for telling residents nothing.', []],
  ['The union issued a statement saying the strike was over.', ['the strike was over']],
  // So does a one-word summary label ("Summary: …", "Recap: …").
  ['Summary: North High diver Ana Ruiz won the state title with a score of 412.', []],
  ['Recap: The council voted to close the bridge for a week.', []],
  // "No." abbreviates only before a number: the sentence ends, and so does the report.
  ['She kept telling me no. When she finally let me go, I left.', []],
  // A participle before the sentence's own cue modifies its subject: "posted" reports nothing; "said" does.
  // An indefinite thing before a past form is a phrase in apposition, not a speaker; past a setting, "and" opens a
  // clause of its own.
  ['The city will widen the bridge, a plan announced earlier this year.', []],
  ['The leak had been reported in May and some lawmakers had blamed a contractor.', []],
  // "observe" with a thing for object watches; a past form after a cue noun's "that" opens a relative clause.
  ['The researchers observed the moon for 17 nights.', []],
  ['The latest figures indicated a rise in ferry traffic.', []],
  ['He then cited the panel’s earlier testimony that concluded the bridge was safe.', []],
  // An aside after "that" closes at a comma of its own; without one, "that" was the object.
  ['I don’t recommend that, so please pour the jam slowly.', []],
  // Other cues withheld tell when, not what: "did not complain when …".
  ['The council did not complain when the plant ran late.', []],
  ['A statement posted Monday said the talks had failed.', ['the talks had failed']],
  ['A letter sent to members on Friday warned that the fund was empty.', ['the fund was empty']],
  ['The union posted a notice that the talks had failed.', ['a notice that the talks had failed']],
  // An attribution inside a subordinate clause reports nothing of the sentence before it; a relative clause tells of
  // the person it follows.
  ['The ferry money came from her friends, particularly her husband, the late Ed Moss, who wrote as Ann Vale.', []],
  ['The clip was cut to show the mayor dodging a question, when, in fact, she responded quickly.', []],
  ['The ferry will not run on Sunday, although, as usual, the crew complained loudly.', []],
  ['The bridge was closed for a week, because, in the end, the engineers agreed.', []],
  ['The ferry will not run on Sunday, the crew said on Friday.', ['The ferry will not run on Sunday']],
  ['The ferry will not run because, the crew said, the engine failed.', ['The ferry will not run because the engine failed']],
  // An order to the reader, the writer's hedge, a saying that would have been made: no one is said to speak.
  ['Tell us what you think of the new ferry timetable.', []],
  ['Is it fair to say that the harbour plan has failed?', []],
  ['It is worth noting that the ferry fares rose in May.', []],
  ['It is too soon to say whether the bridge will reopen.', []],
  ['The harbour master would then have claimed that the ferry was safe.', []],
  ['The pilot would then have claimed he was told by a clerk that the mayor had approved the sale.', []],
  ['The harbour master would later say that the ferry was safe.', ['the ferry was safe']],
  // The writer's "I/we" or the reader's "you" saying something only as a way of writing, or recalling the article's own
  // words, is no source; the writer's past sayings are.
  ['We rode the ferry for a week and can say that the new timetable works.', []],
  ['I have to say the two ferries are a great pair.', []],
  ['Well, let’s say the ferry is late.', []],
  ['You can say all you want that the bridge is cheaper.', []],
  ['As we’ve noted, a study by the harbour board concluded that the ferry was unsafe.', ['the ferry was unsafe']],
  ['I asked the harbour master whether the ferry would run.', ['whether the ferry would run']],
  ['The harbour master can say that the ferry is safe.', ['the ferry is safe']],
  // "that" before a finite verb is the clause's subject; after a preposition or before a time word, a determiner.
  ['The ferry company estimates that could take two more years.', ['that could take two more years']],
  ['That was a costly mistake, the mayor said.', ['That was a costly mistake']],
  ['Ida Wren wrote dozens of songs that summer and sent them to a producer.', []],
  ['The mayor responded to the letter, and in that reply she said the bridge was safe.', ['the bridge was safe']],
  ['The council concluded in that case that the ferry was safe.', ['the ferry was safe']],
  // A second verb of the speaker's is no content of the first.
  ['Harbour police responded and confirmed that the ferry had sunk.', ['the ferry had sunk']],
  // "the" alone before a quotation makes a name, not a claim; an example after "such as" is no one's gerund.
  ['The ferry line sold a model called the “Harbour Queen” last year.', []],
  ['The app gives drivers messages, such as suggesting a lane change.', []],
  // After an inverted speaker, an appositive is the speaker's, not content; telling oneself is thinking; a will is a thing.
  ['“The ferry is late again. Now, we expect it to run,” said Ana Ruiz, Director, Harbour Lines.', []],
  ['This ferry, says Ana Ruiz, an engineer at the Harbour Board, needs a new engine.', []],
  ['I kept telling myself that the ferry would come.', []],
  ['Although he had written a will, it was never signed.', []],
  // After a fronted "when" or "if" clause, ", then" opens the writer's main clause.
  ['When critics lecture voters, and when the mayor looks into the cameras and swears he has no idea who leaked the memo, then it is time to leave town.', ['he has no idea who leaked the memo']],
  // A fronted clause ends at a comma that closes a quotation.
  ['While Ana Ruiz said the ferry would be “cheap and fast,” it turns out the fares doubled.', ['the ferry would be “cheap and fast,”']],
];

describe('reports cut short or never made', () => {
  it('a title with an abbreviation after a naming "called" is no quotation, and no one in the sentence speaks it', () => {
    const quotes = quotesOf('He performed a live show called “Ask Dr. Mike” at conventions, where audience members shouted out questions.');
    expect(quotes.filter((q) => q.kind === 'direct')).toEqual([]);
  });
  for (const [text, contents] of NOT_MADE) {
    it(text, () => expect(quotesOf(text).filter((q) => q.kind === 'indirect').map((q) => q.text)).toEqual(contents));
  }
});

describe('a sentence that starts after a quotation', () => {
  // A quotation closed on "!" or "?" and followed by a capitalised determiner ends its sentence: the next sentence's
  // subject did not say it (the attribution of "“Go home!”" goes on in lower case); the crowd before it did.
  it.each([
    ['The crowd kept yelling “Go home!” The mayor said nothing.', 'Go home!', 'the crowd'],
    ['“Go home!” the protesters shouted.', 'Go home!', 'protesters'],
    ['“Is it over?” Ana Ruiz asked.', 'Is it over?', 'Ana Ruiz'],
    // A song's words are its singer's.
    ['“No road runs home!” Ana Ruiz sings.', 'No road runs home!', 'Ana Ruiz'],
  ])('%s', (text, quote, speaker) => {
    const q = quotesOf(text).find((x) => x.kind === 'direct');
    expect([q?.text, q?.speaker ?? null]).toEqual([quote, speaker]);
  });
  // A sentence adverb between commas before the cue: the subject is before it, unless a name after the cue ends
  // the sentence or a phrase (an inversion).
  it.each([
    ['Computers have seen impacts, too, said Mary Lovely, an economist.', 'Mary Lovely', 'Computers have seen impacts, too'],
    ['Clinton, too, said Obama was wrong.', 'Clinton', 'Obama was wrong'],
  ])('%s', (text, speaker, content) => expect(quotesOf(text).filter((q) => q.kind === 'indirect').map((q) => [q.speaker, q.text])).toEqual([[speaker, content]]));
  // After a quotation and its comma, a form that is mostly a noun ("notes", "comments") is the verb before a name.
  it.each([
    ['“It is late,” notes Ana Ruiz, an analyst.'],
    ['“It is late”, notes Ana Ruiz.'],
    ['“It is late,” comments Ana Ruiz of the agency.'],
  ])('%s', (text) => expect(quotesOf(text).map((q) => [q.kind, q.speaker])).toEqual([['direct', 'Ana Ruiz']]));
  it('"comments" stays a noun elsewhere', () => expect(quotesOf('His comments were false, the mayor said.').map((q) => q.speaker)).toEqual(['the mayor']));
  // A participle before a time word ends a reduced relative clause: the noun before it speaks.
  it.each([
    ['A campaign ad released Thursday says the senator bought influence.', 'campaign ad'],
    ['A report issued Monday accuses the firm of hiding losses.', 'a report'],
  ])('%s', (text, speaker) => expect(quotesOf(text).filter((q) => q.kind === 'indirect').map((q) => q.speaker)).toEqual([speaker]));
});

describe('cue nouns without an owner', () => {
  const indirect = (text: string): Quote[] => quotesOf(text).filter((q) => q.kind === 'indirect');
  it('carry no content when they open the sentence, or when the noun is also a verb form without a determiner', () => {
    expect(indirect('The claim that the river was clean has been disproved twice.')).toEqual([]);
    expect(indirect('Critics dismissed claims of a cover-up at the plant.').filter((q) => q.clauseRule === 'noun-complement')).toEqual([]);
  });
});

describe('capitalised cue forms', () => {
  const indirect = (text: string): Quote[] => quotesOf(text).filter((q) => q.kind === 'indirect');
  it('are cues in a headline only, and only after a capitalised subject', () => {
    expect(indirect('The Said Family Opens A New Bakery On Harbour Street.')).toEqual([]);
    expect(indirect('We met Ana Says, the owner, who runs the bakery with her son.')).toEqual([]);
  });
});

describe('what "asked" and "as" do not report', () => {
  const indirect = (text: string): string[] => quotesOf(text).filter((q) => q.kind === 'indirect').map((q) => q.text);
  it('the condition of an interview, a relative clause after a common noun, a request for comment', () => {
    expect(indirect('The official, who asked not to be named, said the talks had failed.')).toEqual(['the talks had failed']);
    expect(indirect('She asked the man who ran the shop to leave.')).toEqual([]);
    expect(indirect('Reporters asked the ministry for comment.')).toEqual([]);
    expect(indirect('I am asked to speak to new audiences every week.')).toEqual([]);
    expect(indirect('Our partners are great, and you couldn’t ask for better ones.')).toEqual([]);
  });
  it('a call that is a telephone call, or a verb without its determiner', () => {
    expect(indirect('He took a call for an hour before the meeting.')).toEqual([]);
    expect(indirect('He returned her call to the office on Monday.')).toEqual([]);
    expect(indirect('The platforms include planks that call for a new levy.')).toEqual([]);
    expect(indirect('The marchers calling for his resignation stopped at the bridge.')).toEqual([]);
  });
  it('an "as" clause that compares, or that is a participle\'s, reports nothing before its comma', () => {
    expect(indirect('The quarter was no disappointment, as most of the firms reported better results.')).not.toContain('The quarter was no disappointment');
    expect(indirect('Tomas Berg voted for the bill, as he said he would.')).not.toContain('Tomas Berg voted for the bill');
    expect(indirect('The rally went ahead, as planned.')).toEqual([]);
  });
  it('what follows the cue of a mid-sentence "as" clause is not its content', () => {
    expect(indirect('Fares rose, as the Ledger reported a few days later.')).toEqual([]);
  });
  it('a fronted "as" clause whose verb has an object tells the time, and attributes nothing after its comma', () => {
    expect(indirect('As Tomas Berg demands a wall, smugglers build tunnels under the river.')).not.toContain('smugglers build tunnels under the river');
  });
});

describe('a name and a colon', () => {
  const indirect = (text: string): string[] => quotesOf(text).filter((q) => q.kind === 'indirect').map((q) => q.text);
  it('report nothing for a label, a place, or a list of charges without a verb', () => {
    expect(indirect('Update: The bridge will reopen by spring.')).toEqual([]);
    expect(indirect('Poll: Ana Lima Leads The Race By Six Points.')).toEqual([]);
    expect(indirect('Victor N. Burton: Possession of a controlled substance, held in jail without bond.')).toEqual([]);
    expect(indirect('Disclaimer: The views expressed by guest writers are their own.')).toEqual([]);
    expect(indirect('Wow: The mayor just answered her critics with one line.')).toEqual([]);
    expect(indirect('FTC: We use affiliate links on this page.')).toEqual([]);
  });
  it.each([
    ['Ana Lind: I Back The New Pier', 'I Back The New Pier'],
    ['Lind: We support a second ferry line', 'We support a second ferry line'],
    ['Omar Seidl: I’m Not Running For Mayor', 'I’m Not Running For Mayor'],
  ])('report a claim in the first person, verb or none in the lexicon: %s', (text, content) => expect(indirect(text)).toEqual([content]));
});

describe('a comma after a cue', () => {
  const indirect = (text: string): string[] => quotesOf(text).filter((q) => q.kind === 'indirect').map((q) => q.text);
  it('opens no content when the cue is not the sentence\'s own, or a place or a time follows it', () => {
    expect(indirect('In search of answers, a team of scientists has built the largest model yet.')).toEqual([]);
    expect(indirect('What we will say, is if you sit in front of both screens you will see a difference.')).toEqual([]);
    expect(indirect('Ana Ruiz said, in a speech to the council on Monday.')).toEqual([]);
  });
  it('"described" with a pronoun or after an adverb and a determiner reports nothing', () => {
    expect(indirect('That was how Ana Ruiz described it to friends.')).toEqual([]);
    expect(indirect('He held a poorly described parcel that was of great value to him.')).toEqual([]);
    expect(indirect('The family denies any involvement in the sale.')).toEqual(['any involvement in the sale']);
  });
});

describe('topics that are no report', () => {
  const indirect = (text: string): Quote[] => quotesOf(text).filter((q) => q.kind === 'indirect');
  it('a named asker\'s "about" is an inquiry, and a noun\'s "warning of" a sign', () => {
    expect(indirect('The figures were not published until the Ledger asked about them in April.')).toEqual([]);
    expect(indirect('Drivers passed a road sign warning of ice on the bridge.')).toEqual([]);
  });
});

describe('evidence is not speech', () => {
  it('a poll or a study that found or showed something reports no speech', () => {
    const indirect = (text: string): Quote[] => quotesOf(text).filter((q) => q.kind === 'indirect');
    expect(indirect('A new statewide poll showed the mayor leading her rival by six points among likely voters.')).toEqual([]);
    expect(indirect('The audit found that the agency had lost track of 400 laptops.')).toEqual([]);
    expect(indirect('The audit said that the agency had lost track of 400 laptops.').map((q) => q.text)).toEqual(['the agency had lost track of 400 laptops']);
  });
});

describe('past forms that modify a noun', () => {
  const indirect = (text: string): Quote[] => quotesOf(text).filter((q) => q.kind === 'indirect');
  it('after a possessive or a preposition are adjectives, not cues', () => {
    expect(indirect('The agency lowered its proposed cutoff of $50,440 after the hearings.')).toEqual([]);
    expect(indirect('As Vance extends her lead in pledged delegates, her rival must rethink his campaign.')).toEqual([]);
  });
  it('"to" before a name is a preposition, not an infinitive', () => {
    expect(indirect('Delegates pledged to Rita Vance met in the hall on Sunday evening.').filter((q) => q.rule === 'infinitive')).toEqual([]);
    expect(indirect('Rita Vance pledged to shut the detention centres.').map((q) => q.text)).toEqual(['to shut the detention centres']);
  });
});

describe('a quotation and a cue that is not its own', () => {
  const direct = (text: string): Array<[string, string | null]> => quotesOf(text).filter((q) => q.kind === 'direct').map((q) => [q.text, q.speaker]);
  it('a cue later in the sentence that opens a quotation of its own does not speak the one before', () => {
    expect(direct('“Clean streets, every single day of every week” is the slogan on posters in which workers say, “We sweep at dawn.”')).toEqual([['Clean streets, every single day of every week', null], ['We sweep at dawn.', 'workers']]);
  });
  it('a question put to the next speaker does not take the quotation closed before it', () => {
    expect(direct('Lena Ortiz spoke to reporters. At the hearing on Tuesday, she said, “We were never told about the leak.” Asked if she had been warned, Ortiz replied, “Never.”')).toEqual([['We were never told about the leak.', 'Lena Ortiz'], ['Never.', 'Lena Ortiz']]);
  });
});

describe('where reported content ends', () => {
  const indirect = (text: string): string[] => quotesOf(text).filter((q) => q.kind === 'indirect').map((q) => q.text);
  it('at ", but" before a clause with a subject of its own', () => {
    expect(indirect('The ministry said it had found no links to the militia, but critics point to two charities that fund it.')).toEqual(['it had found no links to the militia']);
  });
  it('at ", but there is" and at ", but" before the speaker\'s next verb', () => {
    expect(indirect('The envoys said they would support the release of the files, but there is growing anger among their allies.')).toEqual(['they would support the release of the files']);
    expect(indirect('Lena Ortiz said the harbour was her first choice, but went on to praise the river towns.')).toEqual(['the harbour was her first choice']);
    expect(indirect('The lenders have promised that they will ease the pain, but that’s just a painkiller for the real illness.')).toEqual(['they will ease the pain']);
    expect(indirect('Lena Ortiz said that the plan would work, but that the fees would rise.')).toEqual(['the plan would work, but that the fees would rise']);
    // (A comma inside the closing quotation mark stays with the quotation.)
    expect(indirect('Lena Ortiz called the harbour “stunning,” but seemed changed by the visit.')).toEqual(['the harbour “stunning,”']);
  });
  it('at ", and" with the speaker acting again in any past form, not an auxiliary', () => {
    expect(indirect('Tomas Berg agreed to pay a fee to the trust and its partners, and he put a million into the fund.')).toEqual(['to pay a fee to the trust and its partners']);
    expect(indirect('Tomas Berg said the old server was unprotected, and he had total access to it.')).toEqual(['the old server was unprotected, and he had total access to it']);
  });
  it('not at ", but" inside the claim', () => {
    expect(indirect('The ministry said the plan was costly, but necessary for the region.')).toEqual(['the plan was costly, but necessary for the region']);
  });
  it('at ", but" before a phrase of the writer\'s own', () => {
    expect(indirect('Lena Ortiz said the dam was safe, but for the farmers downstream, the flood is a yearly fear.')).toEqual(['the dam was safe']);
  });
  it('at ", and" when the speaker goes on to act', () => {
    expect(indirect('Tomas Berg said the vote was rigged, and he stormed out of the hall.')).toEqual(['the vote was rigged']);
  });
  it('after an attribution, not at an adverbial that ends the sentence', () => {
    expect(indirect('Farmers boasted of the harvest at the fair in Ostend.')).toEqual([]);
    expect(indirect('The toll rose again this year, Ida Berg complained to the council.')).toEqual([]);
  });
  it('a quotation whose opening mark is curled the wrong way is still a quotation, not reported content', () => {
    expect(indirect('” … the new hall is far too small,” Ida Berg said at the meeting.')).toEqual([]);
  });
  it('an infinitive at "and" before a verb in the past: the subject acting again', () => {
    expect(indirect('Omar Seidl asked the board to cancel the contract and returned the fee a week later.')).toEqual(['the board to cancel the contract']);
    expect(indirect('Omar Seidl urged the board to cancel the contract and start again.')).toEqual(['the board to cancel the contract and start again']);
  });
  it('before the cue only, when a time clause follows the cue ("…, said on Saturday, soon after …")', () => {
    expect(indirect('The port will reopen in May, a senior official said on Friday, shortly after the two ministers met in Oslo.')).toEqual(['The port will reopen in May']);
  });
  it('at a closing bracket whose opening one is before the content', () => {
    expect(indirect('The survey (in which most farmers say the levy is too high) also covers water rights.')).toEqual(['the levy is too high']);
    expect(indirect('Ida Berg said the levy (first raised in 2019) is too high.')).toEqual(['the levy (first raised in 2019) is too high']);
  });
  it('at a lone dash, but not at an aside between two dashes', () => {
    expect(indirect('Officials said the bridge was unsafe — and nobody crossed it again.')).toEqual(['the bridge was unsafe']);
    expect(indirect('Ines Duarte told reporters that the port — the busiest on the coast — will close for a month.')).toEqual(['the port — the busiest on the coast — will close for a month']);
  });
  it.each([
    ['While the mayor said the bridge would reopen, the council has not set a date.', ['the bridge would reopen']],
    ['And although Ida Berg insisted that the levy was legal, the court struck it down.', ['the levy was legal']],
    ['The plan needs the senator, and while he said he would hold a hearing, he has not named a day.', ['he would hold a hearing']],
    ['When Tomas Berg urged the board to cancel the contract, it declined.', ['the board to cancel the contract']],
    ['After saying he was tired of the job, the coach resigned.', ['he was tired of the job']],
    // An aside inside the subordinate clause is not its end; a comma before the content has closed the clause already.
    ['While the mayor claimed that the port, or its owners, had paid the fine, the audit found no payment.', ['the port, or its owners, had paid the fine']],
    ['If elected, she said, the levy would be cut, and the fees would fall.', ['the levy would be cut, and the fees would fall']],
    ['As Ida Berg noted, the levy is legal, and the fees will stay.', ['the levy is legal, and the fees will stay']],
  ])('at the comma that closes a fronted subordinate clause: %s', (text, contents) => expect(indirect(text)).toEqual(contents));
  it.each([
    ['Tomas Berg said during a visit to the new ferry terminal in Bergen, Norway, that the fares would fall.', ['the fares would fall']],
    ['Ida Berg said on the radio show “Morning Tide” on Sunday that the levy was illegal.', ['the levy was illegal']],
    ['Ida Berg said on the radio, where she now hosts a weekly farming show, that the levy was illegal.', ['the levy was illegal']],
  ])('after a phrase of circumstance before "that": %s', (text, contents) => expect(indirect(text)).toEqual(contents));
  it.each([
    // A "that" right before a verb opens a relative clause inside the phrase, not the content.
    'Farm groups said in their newsletter for members that has gone out every week since May.',
    'The union declared for the candidate that won the county by a wide margin.',
    // A "that" inside a quotation opened after the cue belongs to the quotation.
    'Ida Berg declared in the hall, “I am sending the signal that it is time to unite.”',
  ])('not at a "that" of a relative clause or of a quotation: %s', (text) => expect(indirect(text)).toEqual([]));
  it.each([
    // The listener's role and name belong to the cue; an adverbial opening with a gerund is no claim, however long.
    'In discussing the long dispute over the harbour fees with the council and the port board, Ana Lima told Harbour Radio host Ruth Bell, “We will reopen.”',
    // A quotation after "according to X," is that quote's attribution, not the same words again as a report.
    'According to his aunt, Ida Berg, “He could read at four.”',
    // A story told of someone is no listener: what follows is the story's own relative clause.
    'Tomas Berg told the story of a young fisherman who lost his boat in the storm.',
    // A fronted "what" is the infinitive's object: the telling is not written out.
    'You could do what a partner at the old firm told him to do with the money.',
    // What a thing shows is no one's report: a verb of evidence after a subject that is none of person, group,
    // organisation or document.
    'Blood tests revealed that the patient had built antibodies to feathers.',
    'The new timetable suggests that the ferry will run at night, every night of the week.',
    'The scale of the damage emphasizes the stakes in this long struggle.',
  ])('no report: %s', (text) => expect(indirect(text)).toEqual([]));
  it('not at "but" after a negated auxiliary, which is a verb', () => {
    expect(indirect('Ida Berg said the levy shouldn’t be cut but raised for the ferry fund.')).toEqual(['the levy shouldn’t be cut but raised for the ferry fund']);
  });
  it('at a coordinated cue: "denied A but implied that B" is two reports', () => {
    expect(indirect('Rita Vance denied that the fund had lost money but implied that the auditors had erred.')).toEqual(['the fund had lost money', 'the auditors had erred']);
  });
});

describe('the writer speaking', () => {
  // "I" and "we" outside quotation marks are the writer (or the outlet): a participle after them is theirs, and never
  // the last speaker's.
  it.each([
    [['Several friends of the poet had told me that his work was being held back. I wrote back, saying that I needed comment from them.'], 'I needed comment from them'],
    [['Several friends of the poet had told me that his work was being held back.', 'We called the ministry, saying that we needed an answer.'], 'we needed an answer'],
    [['Tomas Berg said the port would close.', 'I paused, saying that I needed a moment.'], 'I needed a moment'],
  ])('%j', (text, content) => {
    const q = quotesOf(text).find((x) => x.text === content);
    expect(q?.kind).toBe('indirect');
    expect(q?.speaker).toBeNull();
  });
  it('a quotation after a named speaker stays theirs when the next sentence is about someone else', () => {
    const q = quotesOf('“We lost the vote,” said Irene Novak. Tomas Berg is the new mayor. “We will not lose the next one.”').find((x) => x.text.startsWith('We will not'));
    expect(q?.speaker).toBe('Irene Novak');
  });
});

describe('a cue past a dash is a clause of its own', () => {
  it('gives no earlier quotation in its sentence to its subject', () => {
    const text = 'After falsely claiming that his staff had no contact with the clerk (“We have not spoken with her about the case at all”) — he now assumes that neither his staff nor the clerk will testify under oath.';
    const quote = quotesOf(text).find((q) => q.text === 'We have not spoken with her about the case at all');
    expect(quote).toBeDefined();
    expect(quote?.speaker).toBeNull();
  });
});
