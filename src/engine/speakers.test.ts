/**
 * Who is shown as the speaker: a whole name or description, or nobody — never a dateline, a time word, a party
 * adjective, a bare title or a clause fragment. Sentences written for each case; the expected speaker of the quote
 * named in each row.
 */
import { describe, expect, it } from 'vitest';
import { analyzeBlocks } from './analyze';
import { isJunkSingleName } from './names';

interface Row {
  why: string;
  text: string[];
  quote: string;
  speaker: string | null;
}

const ROWS: Row[] = [
  { why: 'an honorific picks, of two people named in full with one surname, the one of its gender', text: ['Maria Lund and Peter Lund opened the mill in 1990.', 'Mr. Lund said the mill would close next year.'], quote: 'the mill would close next year', speaker: 'Peter Lund' },
  { why: '"she" after an honorific and a surname two people share is the one of that gender named in full', text: ['Maria Lund and her son Peter Lund run the mill.', 'Ms. Lund founded it in 1990. “We will not sell,” she said.'], quote: 'We will not sell,', speaker: 'Maria Lund' },
  { why: 'an honorific before the first word of the one full name that opens with it: a name written surname first', text: ['The finance minister, Zhao Weiming, met the envoy on Monday.', '“The talks went well,” Mr. Zhao said.'], quote: 'The talks went well,', speaker: 'Zhao Weiming' },
  { why: 'a paragraph ending in a capitalised word alone (a picture credit) is read to its end without fault', text: ['Ian Hamilton told Newsweek that it works.', 'It is legal. Statista', 'He said it is difficult.'], quote: 'it is difficult', speaker: 'Ian Hamilton' },
  { why: 'a title written out in full ends its sentence at its dot: the next sentence opener is no name to resolve "he" to', text: ['Admiral Lund makes no apologies, which has unsettled the White House. As China builds islands in the sea, it is his job, he said, to warn Congress.'], quote: 'As China builds islands in the sea, it is his job to warn Congress', speaker: null },
  { why: 'so is a relative named by a possessive pronoun, with a first name at most: no speaker rather than the man before', text: ['“I am not for either,” said Tomas Berg, 65, who came to hear the mayor.', 'The day before, Ada Lind, 14, hoisted a sign. Her father, Piet, 39, worried that voters read too little.', '“People are afraid of wasting their votes,” he said.'], quote: 'People are afraid of wasting their votes,', speaker: null },
  { why: 'a named person’s relative opening the sentence is someone “she” may be: no speaker rather than the woman before', text: ['Governor Ada Lind said she would speak at the rally.', 'Tom Berg’s wife, Mila, is scheduled to speak on Monday. In an interview, she noted that “he never gives up.”'], quote: 'he never gives up.', speaker: null },
  { why: 'a paragraph of quotation continues the person reported after the last quotation, not the one quoted before', text: ['“Changes now are dangerous,” Ivan Holt wrote. “Not a good idea.”', 'If anything, Dan Pryor argued in his email, the vote shows why the rules must change.', '“Is it prudent to give the chair such power?”'], quote: 'Is it prudent to give the chair such power?', speaker: 'Dan Pryor' },
  { why: 'a cue inside a fronted “when” clause does not own the quotation after the main clause’s subject', text: ['The debate turned sour.', 'When the mayor suggested that Ada Lind had lied, Ada Lind fired back: “He is the one who lied.”'], quote: 'He is the one who lied.', speaker: 'Ada Lind' },
  { why: 'nor does a relative clause in an opening phrase, whose comma sits inside a closing quotation mark', text: ['The trial went on.', 'In a clip that Judge Ode called “cruel,” Pete Varga expressed a wish to “close the port.”'], quote: 'close the port.', speaker: 'Pete Varga' },
  { why: 'a phrase that ended before the clause leaves the quotation to the clause', text: ['The race tightened.', 'For his part, Tom Berg tweeted that Lind is a “loser,” a “liar” and a “whiner.”'], quote: 'whiner.', speaker: 'Tom Berg' },
  { why: 'after an opening participle phrase the name is the subject, who “he” is, not the last speaker', text: ['Ivan Holt leads the party. Dan Pryor, a delegate, said the party was split.', 'Reached by phone, Holt, the party’s treasurer, hesitated to criticise the leader. “We will see,” he said.'], quote: 'We will see,', speaker: 'Ivan Holt' },
  { why: 'an opening adverbial ends at a comma inside a title’s closing quotation mark: the subject after it is who “he” is', text: ['Karl Wendt and Tomas Berg will tour.', 'Following a performance of their song “Black Tide,” Berg teed up Wendt’s solo. “You might remember him,” he said.'], quote: 'You might remember him,', speaker: 'Tomas Berg' },
  { why: 'a clause inside brackets closed before a quotation is not its attribution', text: ['A new harbour survey has lower numbers for the toll (44 percent of residents say they want it), but also shows that most residents want the council to act if the port “keeps raising its fees at every turn of the year.”'], quote: 'keeps raising its fees at every turn of the year.', speaker: null },
  { why: 'a “he” that is the quoted words’ own subject does not continue the paragraph’s last speaker', text: ['Fifty-one percent say that “the toll is wrong.” And 70 percent say that the ferry is too slow. Most residents also want the council to step in if he “raises the fees again before the end of the year.”'], quote: 'raises the fees again before the end of the year.', speaker: null },
  { why: 'the name in the appositive of “according to” speaks the quotation after it', text: ['According to his aunt, Ida Berg, “He could read at four.”'], quote: 'He could read at four.', speaker: 'Ida Berg' },
  { why: 'a surname alone that two speakers share is the one named in full first, not the first to speak', text: ['One evening, Peter Lund, the mayor, met his older brother, Oskar Lund, for dinner.', 'Oskar Lund said the mill had lost money for years.', 'Peter Lund said he had tried to help.', '“It was hard on him,” Mr. Lund said.'], quote: 'It was hard on him,', speaker: 'Peter Lund' },
  { why: 'with one person of that surname, the honorific does not overrule the first name', text: ['Lindsey Hale spoke first.', '“It is late,” Mr. Hale said.'], quote: 'It is late,', speaker: 'Lindsey Hale' },
  { why: 'the object of a setting preposition ("but in a later interview said") is no speaker', text: ['The clerk first denied it, but in a later interview said he had deleted the files.'], quote: 'he had deleted the files', speaker: null },
  { why: 'before a verb of evidence, a person known by what they are speaks (a thing makes no report: rules.test.ts)', text: ['Her toddler revealed that the keys were in the sofa.'], quote: 'the keys were in the sofa', speaker: 'Her toddler' },
  { why: 'a document still suggests', text: ['A party platform suggests that the port will close.'], quote: 'the port will close', speaker: 'party platform' },
  { why: 'a name at the end of an opening purpose infinitive ("To win voters back from Lind, …") is no sentence subject', text: ['To win voters back from Ada Lind, her rivals must promise more — from free buses to “a city where nobody pays to ride.” What then?'], quote: 'a city where nobody pays to ride.', speaker: null },
  { why: '"Many in the city" opening a sentence is a group, so a later "they" is not the group that spoke before it', text: ['Officers threatened to close the harbour if the riots went on.', 'Many in the city will deplore that decision. Meanwhile, they note that the army cleared the streets.'], quote: 'the army cleared the streets', speaker: null },
  { why: '"she’d respond," before a quotation: the one who responds speaks it, not the editors who asked before', text: ['Ida Wren wrote six long novels.', 'When her editors would ask her to explain herself, she’d respond, “I write for patient readers.”'], quote: 'I write for patient readers.', speaker: 'Ida Wren' },
  { why: 'a title written in capitals mid-sentence ("Never say die") is no adverb between a subject and its cue', text: ['He sold a Goonies Never say “die” doormat at the fair.'], quote: 'die', speaker: null },
  { why: 'a noun after "into" is where, not who speaks in the participle after it', text: ['Ada Lind said she would stand outside all day yelling at voters on their way into the polls saying “Pick me.”'], quote: 'Pick me.', speaker: 'Ada Lind' },
  { why: 'a name before "campaign spokeswoman Ada Lind" describes her, and is not the subject who speaks', text: ['Governor Tomas Berg signed the port bill on Monday.', 'Berg campaign spokeswoman Ada Lind said in a statement that Berg “has always supported the port.”'], quote: 'has always supported the port.', speaker: 'Ada Lind' },
  { why: 'a name before a verb and a role is still the subject', text: ['Tomas Berg spoke at the port.', 'Berg told reporter Ada Lind that the port “will stay open.”'], quote: 'will stay open.', speaker: 'Tomas Berg' },
  { why: 'a clause after a semicolon has its own subject, and the quotation is not the first subject’s', text: ['When Rita Vance studied law, she worked for Owen Daley, the famous litigator; Daley’s rule for his clerks was, “Never ask a question you cannot answer.”'], quote: 'Never ask a question you cannot answer.', speaker: null },
  { why: 'a clause after ", and the …" has its own subject', text: ['Ada Lind has signed a new contract with a larger label, and the old label is left to wonder: “What did we do wrong?”'], quote: 'What did we do wrong?', speaker: null },
  { why: 'the sentence’s subject still introduces a quotation after a comma and a verb', text: ['Ada Lind thanked the council, and called the vote “a fresh start.”'], quote: 'a fresh start.', speaker: 'Ada Lind' },
  { why: 'a quotation closed by two apostrophes is attributed by the clause after it', text: ['Tomas Berg disagreed. “It is a good plan,’’ he said.'], quote: 'It is a good plan,', speaker: 'Tomas Berg' },
  { why: 'an absolute "with X noting" phrase has its own speaker, not the sentence’s joined subjects', text: ['Both Ada Lind and Rita Vance saw the vote as a warning, with Vance noting the folly of sending “a few hundred staff here, a few hundred there” into the region.'], quote: 'a few hundred staff here, a few hundred there', speaker: 'Rita Vance' },
  { why: '"with X recently promising to “…”" gives the quotation to X', text: ['Tomas Berg and Owen Daley have used the harshest words, with Daley recently promising to “shut the port down.”'], quote: 'shut the port down.', speaker: 'Owen Daley' },
  { why: '"with X during …" is no absolute phrase', text: ['Ada Lind clashed with Owen Daley during the hearing, chiding him, “What does it matter now?”'], quote: 'What does it matter now?', speaker: 'Ada Lind' },
  { why: 'a time span opening the sentence is no organisation for "the company" to point to', text: ['Weeks after announcing the merger, the board said it would hire more staff. Hours later, the company said, “The outage is over.”'], quote: 'The outage is over.', speaker: 'the company' },
  { why: '"Months after …" names no one', text: ['Months after the storm, the agency said, “Repairs are finished.”'], quote: 'Repairs are finished.', speaker: 'the agency' },
  { why: 'a surname that is also a time word still speaks once the person is named', text: ['John Weeks, a retired teacher, spoke at the meeting. Weeks said, “The school needs a new roof.”'], quote: 'The school needs a new roof.', speaker: 'John Weeks' },
  { why: 'an opening "Once …" clause is no subject for a participle', text: ['Once he was elected, Mayor Tomas Berg made transit a priority, announcing the appointment of a new transit chief.'], quote: 'the appointment of a new transit chief', speaker: 'Tomas Berg' },
  { why: 'the owner of "her claim that" is the person the pronoun points to', text: ['Rita Vance spoke at the hearing.', 'The vote tested her claim that the levy was illegal.'], quote: 'the levy was illegal', speaker: 'Rita Vance' },
  { why: 'the owner of "his statement saying" speaks through it', text: ['Tomas Berg left the hearing early.', 'The press later received his statement saying the levy was illegal.'], quote: 'the levy was illegal', speaker: 'Tomas Berg' },
  { why: 'an office in capitals is a title, not a name', text: ['The banks focus on “financial health,” as one neo-bank CEO told me.'], quote: 'financial health,', speaker: 'neo-bank CEO' },
  { why: 'a place after "like" only illustrates the head, and is not the speaker', text: ['A port like Rotterdam demands dredging on a huge scale to stay open.'], quote: 'dredging on a huge scale to stay open', speaker: null },
  { why: 'a sentence adverb and a dash are no dateline', text: ['Still, Rita Vance - who spent the night at the count - has vowed to fight on.'], quote: 'to fight on', speaker: 'Rita Vance' },
  { why: 'a dateline with its state is not the subject before an appositive', text: ['Portland, OR – After a long review, Acme, a shipping firm, is warning that the port will close.'], quote: 'the port will close', speaker: 'Acme' },
  { why: 'a person "of" a place is the person, not the place', text: ['Sen. Rita Vance of Vermont said the vote was rigged.'], quote: 'the vote was rigged', speaker: 'Rita Vance' },
  { why: 'a person "of" an institution is the person', text: ['Owen Daley of the Aberdeen Royal Infirmary said the man had recovered.'], quote: 'the man had recovered', speaker: 'Owen Daley' },
  { why: 'a long institution after "of" does not cut the person’s name', text: ['Dr. Ann Ode of the Ohio Department of Health and Human Services says the risk from the virus continues.'], quote: 'the risk from the virus continues', speaker: 'Ann Ode' },
  { why: 'a possessive before one ordinary word is part of a newspaper’s name', text: ['On Monday, the People’s Courier, the mouthpiece of the ruling party, warned that there is no room for compromise.'], quote: 'there is no room for compromise', speaker: 'People’s Courier' },
  { why: 'a possessive before an institution’s head is part of its name', text: ['Bruno’s Lending Service said the outlook was negative.'], quote: 'the outlook was negative', speaker: 'Bruno’s Lending Service' },
  { why: 'an office "to" a place is the office, not the place', text: ['Peru’s ambassador to Norway accused the press of bias and warned that the embassy would sue.'], quote: 'the embassy would sue', speaker: 'Peru’s ambassador to Norway' },
  { why: 'an office "to" a place, in capitals, after the content', text: ['The cadet was flying home to see his mother, Peru’s Ambassador to Norway confirmed.'], quote: 'The cadet was flying home to see his mother', speaker: 'Peru’s Ambassador to Norway' },
  { why: 'a named institution "in" a place is the institution, its name running through "of"', text: ['The Ministry of Health in Lagos reported Wednesday that the index reached 408.'], quote: 'the index reached 408', speaker: 'Ministry of Health' },
  { why: '… but a capitalised group opening the sentence keeps its place, like "Officials in Kyiv"', text: ['Authorities in Lower Saxony said the suspect had fled.'], quote: 'the suspect had fled', speaker: 'Authorities in Lower Saxony' },
  { why: 'a name after "according to" is not cut by the length limit', text: ['Most voters backed the levy, according to the Morrow Center for Public Opinion Research at Dale University in New Haven.'], quote: 'Most voters backed the levy', speaker: 'Morrow Center for Public Opinion Research at Dale University' },
  { why: 'an institution "of" a place stays whole', text: ['The University of Oslo said the vote was fair.'], quote: 'the vote was fair', speaker: 'University of Oslo' },
  { why: 'a headline run into a name keeps only the name', text: ['Mayor Would Issue A Curfew Over The Storm Rita Vance said the roads would close at noon.'], quote: 'the roads would close at noon', speaker: 'Rita Vance' },
  { why: 'a headline run with no name in it names no one', text: ['Council Hits Mayor On Zoning Case For Second Week Running said the vote was rigged.'], quote: 'the vote was rigged', speaker: null },
  { why: 'a dateline in ordinary case with its agency is not the subject', text: ['Lisbon (AFP) – Mayor Rita Vance has taken aim at the port plan, saying that the cost would double.'], quote: 'the cost would double', speaker: 'Rita Vance' },
  { why: '"X is among those who say" is X speaking', text: ['Dana Whitlock, a nurse from Tacoma, is among those who say they will not vote.'], quote: 'they will not vote', speaker: 'Dana Whitlock' },
  { why: 'a bare "those who say" describes no one', text: ['The plan angered those who say the town needs a new school.'], quote: 'the town needs a new school', speaker: null },
  { why: 'a count after a name that ends an adverbial is no age appositive', text: ['While most members liked Rita Vance, 43 said the same for her rival.'], quote: 'the same for her rival', speaker: null },
  { why: 'a pronoun does not point to a place after "in"', text: ['The board met in Palo Alto on Monday. Kessler was fired up about the deal, and he said the chief should be called at once.'], quote: 'the chief should be called at once', speaker: null },
  { why: 'dotted initials stay in the name', text: ['“We were ready,” says C.J. Moreau, a trainer at the club.'], quote: 'We were ready,', speaker: 'C.J. Moreau' },
  { why: 'a place word that is also a given name opens a three-word name', text: ['“I sold the land in May,” said Luther Stan Ostrow.'], quote: 'I sold the land in May,', speaker: 'Luther Stan Ostrow' },
  { why: 'a quotation closed on a full stop is not attributed to the next sentence’s report', text: ['“It is a sad day,” Mayor Ada Lind told reporters. “The culture has to change.” Governor Tomas Berg said he would have fired the manager.'], quote: 'The culture has to change.', speaker: 'Ada Lind' },
  { why: '… but a question before “X asked the crowd” is X’s', text: ['Senator Rosa Lind spoke last.', '“Why are you still backing him?” Lind asked the crowd.'], quote: 'Why are you still backing him?', speaker: 'Rosa Lind' },
  { why: 'a site’s credit, a web address before a dash, is not the speaker', text: ['Harbourwire.net - The port must stay open, said the Dockers Union on Monday.'], quote: 'The port must stay open', speaker: 'Dockers Union' },
  { why: '… nor the subject of a report after it', text: ['Harbourwire.net - Mayor Ada Lind said the port must stay open.'], quote: 'the port must stay open', speaker: 'Ada Lind' },
  { why: 'a headline’s verb does not join a given name to a surname: the headline names no one "Trump" could be', text: ['“Maria Blasts Trump,” declared La Stampa.', 'Donald Trump took the stage. Trump said the trip went well.'], quote: 'the trip went well', speaker: 'Donald Trump' },
  { why: '"family" is a noun, not a manner adverb before the cue', text: ['The family said it was not involved in the sale.'], quote: 'it was not involved in the sale', speaker: 'the family' },
  { why: 'the family of a named person speaks as itself, not as that person', text: ['Ada Lind died in May. Lind’s family said the estate would go to charity.'], quote: 'the estate would go to charity', speaker: 'Lind’s family' },
  { why: 'a family is a group, never the "she" of a later quote', text: ['The family said it was not involved.', 'Ada Lind, an aunt, spoke next. “I cannot believe it,” she said.'], quote: 'I cannot believe it,', speaker: 'Ada Lind' },
  { why: 'an amount of time before "after" opens the sentence; the subject follows it', text: ['Soon after, the mayor left the stage, claiming that the count was rigged.'], quote: 'the count was rigged', speaker: 'the mayor' },
  { why: 'a quotation opened right after an earlier cue\'s "that" is that cue\'s, not the next speaker\'s', text: ['But even as Mayor Ada Lind claimed that “the budget is in great shape,” one of the city’s former auditors said the numbers did not add up.'], quote: 'the budget is in great shape,', speaker: 'Ada Lind' },
  { why: 'a paragraph ending in a colon introduces its main clause\'s subject, not a name in a clause before it', text: ['When Tomas Berg died in 1998, Governor Ada Lind released the following statement:', '“He was a great man and a friend.”'], quote: 'He was a great man and a friend.', speaker: 'Ada Lind' },
  { why: 'a document to an audience speaks, not the audience', text: ['A memo to employees said the harbour office would close in June.'], quote: 'the harbour office would close in June', speaker: 'memo to employees' },
  { why: '… a presentation too', text: ['A presentation to bondholders indicated that the harbour office would close in June.'], quote: 'the harbour office would close in June', speaker: 'presentation to bondholders' },
  { why: 'a question heard asked is the asker\'s, never the one asked', text: ['“Should the pier close?” a reporter can be heard asking Ada Lind.'], quote: 'Should the pier close?', speaker: null },
  { why: 'a wire dateline is not the speaker', text: ['WASHINGTON — Senator Maya Ortiz defended the bill, saying the cuts were fair.'], quote: 'the cuts were fair', speaker: 'Maya Ortiz' },
  { why: 'a sentence-opening adverb is not a name', text: ['Indeed, many residents said the water tasted of metal.'], quote: 'the water tasted of metal', speaker: 'many residents' },
  { why: 'a capitalised participle is not a name', text: ['Speaking at the rally, Governor Lars Eklund said the plant would stay open.'], quote: 'the plant would stay open', speaker: 'Lars Eklund' },
  { why: 'a title keeps its institution', text: ['The State Department said the embassy would reopen.'], quote: 'the embassy would reopen', speaker: 'State Department' },
  { why: 'a share of poll respondents is its own group', text: ['In the survey, 47 percent said the economy was getting worse, while 31 percent said it was improving.'], quote: 'it was improving', speaker: '31 percent' },
  { why: 'a definite role with no holder is shown as the role', text: ['The Democratic presidential candidate said the race was far from over.'], quote: 'the race was far from over', speaker: 'Democratic presidential candidate' },
  { why: 'a definite role finds its holder', text: ['Mayor Ines Duarte visited the shelter.', 'The mayor said the shelter would get more beds.'], quote: 'the shelter would get more beds', speaker: 'Ines Duarte' },
  { why: '"the former president" is the one the article named as former, not the one in office', text: ['President Ada Lind met former President Tomas Berg on Monday.', '“It is time to move on,” the former president said.'], quote: 'It is time to move on,', speaker: 'Tomas Berg' },
  { why: '… from an appositive too', text: ['Mayor Ines Duarte thanked Karl Wendt, a former mayor of the town.', '“He built this place,” the former mayor said.'], quote: 'He built this place,', speaker: 'Karl Wendt' },
  { why: '… and a word or two before the role', text: ['Former Clinton pollster Doug Schoen was a guest on the show.', 'The former pollster said the race was over.'], quote: 'the race was over', speaker: 'Doug Schoen' },
  { why: '"the president" is not someone named only as a former president', text: ['Former President Tomas Berg spoke first.', '“We will win,” the president said.'], quote: 'We will win,', speaker: 'the president' },
  { why: 'the person an opening "Like X," compares with is not the subject "he" continues', text: ['Like Karl Wendt, the former customer, Tomas Berg does not want to fight again.', '“I am too old for that,” he said.'], quote: 'I am too old for that,', speaker: 'Tomas Berg' },
  { why: 'a focus word before the subject ("And even X") leaves X the subject', text: ['Karl Wendt gave assurances that he would work with whoever wins. And even Tomas Berg tried to help him off the hook.', '“It is not my job to comment,” he said.'], quote: 'It is not my job to comment,', speaker: 'Tomas Berg' },
  { why: 'a past form after a name and before another is the verb, even one that is also an adjective', text: ['Duarte hammered Berg, calling him “a train wreck.”'], quote: 'a train wreck.', speaker: 'Duarte' },
  { why: '… but an adjective before a common noun stays in the subject', text: ['U.S. armed forces said the base was safe.'], quote: 'the base was safe', speaker: 'U.S. armed forces' },
  { why: 'a place ending an opening participle phrase is not the subject a participle speaks for', text: ['Speaking at a town hall in Salem, New Hampshire, Tomas Berg went after the mayor, calling him “a total stiff.”'], quote: 'a total stiff.', speaker: 'Tomas Berg' },
  { why: 'a long opening participle phrase ends at its comma', text: ['“We should wait,” said Karl Wendt, a columnist.', 'Reached by phone at his home in the hills above the harbour on Sunday, Tomas Berg declined to comment.', '“It was a mess,” he said.'], quote: 'It was a mess,', speaker: 'Tomas Berg' },
  { why: 'the subject after an opening adverb and its comma is who "he" continues', text: ['“We should wait,” said Karl Wendt, a columnist.', 'There, the harbour chairman Tomas Berg declined to name the buyers.', '“It was a mess,” he said.'], quote: 'It was a mess,', speaker: 'Tomas Berg' },
  { why: 'the subject after an opening participle phrase and its comma is who "he" continues', text: ['“We should wait,” said Karl Wendt, a columnist.', 'Speaking to reporters on Monday, Tomas Berg defended the deal.', '“It was a mess,” he said.'], quote: 'It was a mess,', speaker: 'Tomas Berg' },
  { why: 'a person in an opening prepositional phrase is no subject that takes "he" from the last speaker', text: ['“We should wait,” said Karl Wendt, a columnist.', 'In Tomas Berg’s speech on Monday, the plan was dropped.', '“It was a mess,” he said.'], quote: 'It was a mess,', speaker: 'Karl Wendt' },
  { why: 'two people joined by "and" speak together', text: ['The two leading candidates, Ada Lind and Senator Tomas Berg, have promised to cut taxes.'], quote: 'to cut taxes', speaker: 'Ada Lind and Senator Tomas Berg' },
  { why: '… and leave a following "he" undecided when both fit', text: ['Karl Wendt and Tomas Berg, a local farmer, argued that the agency is not needed.', '“I am not that cynical,” he said.'], quote: 'I am not that cynical,', speaker: null },
  { why: '… but not when only one fits', text: ['Karl Wendt and Ada Lind argued that the agency is not needed.', '“I am not that cynical,” he said.'], quote: 'I am not that cynical,', speaker: 'Karl Wendt' },
  { why: 'a group opening a sentence after an adverbial is who "they" are, not the last group that spoke', text: ['Breitbart reported the talks a few days later.', 'Since the chairman’s departure, Fox executives have not pushed the issue. Nor have they warned the host away from giving advice.'], quote: 'the host away from giving advice', speaker: null },
  { why: 'he is the latest subject of this or the previous paragraph', text: ['Jorge Salas criticized the plan on Monday.', '“It will fail,” he said.'], quote: 'It will fail,', speaker: 'Jorge Salas' },
  { why: 'he keeps the speaker when a name in the reported claim is a subject', text: ['Tom Reyes, Karl Wendt said, has run the agency badly. “It cannot go on,” he said.'], quote: 'It cannot go on,', speaker: 'Karl Wendt' },
  { why: 'a speaker quoted inside another’s report does not take the next "he" from the reporting speaker', text: ['Tomas Berg said the inquiry had found that Karl Wendt admitted that he misled the council. He also said the vote should be held again.'], quote: 'the vote should be held again', speaker: 'Tomas Berg' },
  { why: '… nor a "she said" inside that report', text: ['When Ms. Vera Lind urged that she resign, Mrs. Ada Holt replied that she was glad Ms. Lind had said that because, she said, the remark showed how harsh the critics were.'], quote: 'because the remark showed how harsh the critics were', speaker: 'Ada Holt' },
  { why: '… but one the reporting speaker does not fit keeps it', text: ['Ada Holt said that the plan had failed, to which Tomas Berg replied: "It has not." He said the council would vote again.'], quote: 'the council would vote again', speaker: 'Tomas Berg' },
  { why: '… and so does one inside a group’s report', text: ['“We will look at it,” said Ada Holt, a professor.', 'Aides say Vera Lind also advises her father on child care, reciting ideas from policy experts.', '“Women should be supported,” she said at the convention.'], quote: 'Women should be supported,', speaker: 'Vera Lind' },
  { why: 'she fits the woman, not the man', text: ['Peter Lang and Erika Lang met the press.', '“We are not selling,” she said.'], quote: 'We are not selling,', speaker: 'Erika Lang' },
  { why: 'no guess from far back: he, four paragraphs after the only name', text: ['Hugo Brandt opened the session.', 'The vote was postponed.', 'Protesters gathered outside.', 'The police closed the road.', 'The session ended late.', '“Tomorrow we try again,” he said.'], quote: 'Tomorrow we try again,', speaker: null },
  { why: 'a place before a first name is not part of the name', text: ['Special envoy for Ukraine Pavel Horak said the talks were useful.'], quote: 'the talks were useful', speaker: 'Pavel Horak' },
  { why: 'an office with its jurisdiction is shown whole, not the place that ends it', text: ['The U.S. Attorney for the Western District of Ohio said charges would follow.'], quote: 'charges would follow', speaker: 'U.S. Attorney for the Western District of Ohio' },
  { why: 'an unnamed spokesperson for a company stays an anonymous source', text: ['The plant will close, a spokesperson for Brixton Ltd. said.'], quote: 'The plant will close', speaker: 'spokesperson for Brixton Ltd' },
  { why: 'a sentence-opening time word is not a name', text: ['Earlier, the ministry said the border would stay shut.'], quote: 'the border would stay shut', speaker: 'the ministry' },
  { why: 'a title word after a first name is a surname', text: ['“We will keep the network open,” said Matthew Prince.'], quote: 'We will keep the network open,', speaker: 'Matthew Prince' },
  { why: 'she is never a woman named only inside the quotation', text: ['The hearing ran late into the night.', '“I am ashamed that Christie Olsen would back this,” she said.'], quote: 'I am ashamed that Christie Olsen would back this,', speaker: null },
  { why: 'a party before a first name is not part of the name', text: ['Democrat Lena Fischer told reporters she would oppose the bill.'], quote: 'she would oppose the bill', speaker: 'Lena Fischer' },
  { why: 'the time between subject and cue is not part of the speaker', text: ['Senator Ada Brook on Monday said the bill was dead.'], quote: 'the bill was dead', speaker: 'Ada Brook' },
  { why: 'the occasion between subject and cue is not part of the speaker, nor its place', text: ['Mayor Ines Duarte at a rally in Toledo said the plant would stay open.'], quote: 'the plant would stay open', speaker: 'Ines Duarte' },
  { why: 'a place after a group is part of it, not a setting', text: ['Officials in Kyiv said the talks had failed.'], quote: 'the talks had failed', speaker: 'Officials in Kyiv' },
  { why: 'a part of the contestants is an unnamed group of them', text: ['Most of the candidates said they support the boycott.'], quote: 'they support the boycott', speaker: 'Most of the candidates' },
  { why: 'an unnamed part of a body of people is a group', text: ['Many in the crowd said the senator was the only candidate they trusted.'], quote: 'the senator was the only candidate they trusted', speaker: 'Many in the crowd' },
  { why: 'a publication speaks as itself', text: ['The magazine said the cookie poll had picked the winner five times.'], quote: 'the cookie poll had picked the winner five times', speaker: 'the magazine' },
  { why: 'an editorial speaks as a document', text: ['“That is reason enough to visit,” the editorial said.'], quote: 'That is reason enough to visit,', speaker: 'the editorial' },
  { why: 'where someone spoke is not who spoke', text: ['Speaking in Harlem, Nadia Kaye said the plan would pass.'], quote: 'the plan would pass', speaker: 'Nadia Kaye' },
  { why: 'a name after a common noun and its preposition is not the speaker', text: ['One of the former prosecutors for Dara Quill said the case was weak.'], quote: 'the case was weak', speaker: 'One of the former prosecutors for Dara Quill' },
  { why: 'a name after a title and its preposition is the speaker', text: ['Secretary of State Lionel Ferro said the talks were over.'], quote: 'the talks were over', speaker: 'Lionel Ferro' },
  { why: 'a share of respondents written as "six in 10" is its own group', text: ['Six in 10 voters say the economy is getting worse.'], quote: 'the economy is getting worse', speaker: 'Six in 10 voters' },
  { why: 'a time adverb after the subject ends it', text: ['A harbour official later walked back the remarks, saying that the pier was safe.'], quote: 'the pier was safe', speaker: 'harbour official' },
  { why: 'an opening participle phrase is no subject before a name and its appositive', text: ['Alarmed by the unrest in Ohio, Senator Ada Lind, the minority leader, said that the pier would close.'], quote: 'the pier would close', speaker: 'Ada Lind' },
  { why: 'a given name ending in -ed opens no participle phrase', text: ['But Ahmed Lind, director of Harbour Watch, which organised the letter, said the pier was unsafe.'], quote: 'the pier was unsafe', speaker: 'Ahmed Lind' },
  { why: 'a share of respondents after "nearly", or written "out of", is its own group too', text: ['Nearly three in five said the ferry fares were too high.'], quote: 'the ferry fares were too high', speaker: 'Nearly three in five' },
  { why: 'a share of respondents written "four out of 10" is its own group', text: ['Four out of 10 voters said the ferry fares were too high.'], quote: 'the ferry fares were too high', speaker: 'Four out of 10 voters' },
  { why: 'an index and election returns speak as documents', text: ['The harbour is the busiest in Europe, according to one global index.'], quote: 'The harbour is the busiest in Europe', speaker: 'global index' },
  { why: 'a participle after a document, left bare by its time phrase, is no part of it', text: ['Most voters back the ferry plan, according to a Harbour Gazette poll taken last week.'], quote: 'Most voters back the ferry plan', speaker: 'Harbour Gazette poll' },
  { why: 'an adverb ending like a role noun is no speaker', text: ['The accord binds together pledges from forty countries.', 'He said the accord would hold.'], quote: 'the accord would hold', speaker: null },
  { why: 'a place named by its kind is no person', text: ['The Aral Sea shrank for decades.', 'He said the lake would recover.'], quote: 'the lake would recover', speaker: null },
  { why: 'a person met by surname is shown by the one full name the article gives', text: ['Mrs. Kasper was in Ohio on Monday.', '“We will win,” she said.', 'Ilse Kasper has a clear path.', '“We are close,” Mrs. Kasper said.'], quote: 'We will win,', speaker: 'Ilse Kasper' },
  { why: 'a given name that is also a word still opens a name', text: ['Bill Bruch, a state delegate, spoke on Monday.', '“The vote will be close,” he said.'], quote: 'The vote will be close,', speaker: 'Bill Bruch' },
  { why: 'a town named Fort or Lake is no person', text: ['The mosque in Fort Pierce opened in 2004.', '“We do not teach that,” he said.'], quote: 'We do not teach that,', speaker: null },
  { why: 'a paragraph of the reporter’s own words does not carry the last speaker into its quotation', text: ['“The lights went out at nine,” said Grace Oduya.', 'When the storm finally passed, the crews went home. “We kept every home lit through the night and we will do it again.”'], quote: 'We kept every home lit through the night and we will do it again.', speaker: null },
  { why: 'a quotation in narration is not given to the next speaker of the paragraph', text: ['At one point a banner with “get back behind the line right now” went up over the stand, and the crowd booed. “We could not hear a thing,” said Aiko Mori.'], quote: 'get back behind the line right now', speaker: null },
  { why: 'an agency and a role before a person’s name are not the name', text: ['NASA Administrator Jim Brandt said the mission would fly.'], quote: 'the mission would fly', speaker: 'Jim Brandt' },
  { why: 'an acronym is never a first name', text: ['BART Police Chief Ed Alvaro said the station was closed.'], quote: 'the station was closed', speaker: 'Ed Alvaro' },
  { why: '“New” stays in a place’s name', text: ['The New York Times reported that the deal was off.'], quote: 'the deal was off', speaker: 'New York Times' },
  { why: 'an institution named with “and” is whole', text: ['The Department of Health and Human Services said the rule would change.'], quote: 'the rule would change', speaker: 'Department of Health and Human Services' },
  { why: 'a contraction opening a sentence is nobody', text: ['“We’ve never seen this before,” We’ve said.'], quote: 'We’ve never seen this before,', speaker: null },
  { why: 'a role noun before a first name is not part of the name', text: ['Employee Steve Castro said the line had stopped.'], quote: 'the line had stopped', speaker: 'Steve Castro' },
  { why: 'a question word opening a headline is no part of a name', text: ['Is Google Stadia worth it? Reviewers say the lag is too long.'], quote: 'the lag is too long', speaker: 'Reviewers' },
  { why: 'a newspaper is an organisation, not a person', text: ['The San Francisco Chronicle reported that the pier would close.', 'She said the plan was wrong.'], quote: 'the plan was wrong', speaker: null },
  { why: 'a carmaker speaks as a company', text: ['The German automaker said sales fell in May.'], quote: 'sales fell in May', speaker: 'German automaker' },
  { why: '“a number” alone is nobody', text: ['A number said the plan failed.'], quote: 'the plan failed', speaker: null },
  { why: 'a panel no table knows is shown as written when it is the subject of the cue', text: ['The advisory panel concluded that the levy must rise in 2030.'], quote: 'the levy must rise in 2030', speaker: 'advisory panel' },
  { why: 'an owner and an ordinary plural noun are shown as written', text: ['Acme’s founders said the firm would stay in Oslo.'], quote: 'the firm would stay in Oslo', speaker: 'Acme’s founders' },
  { why: 'a body of writing that suggests is shown as written', text: ['A large body of research suggests that tests can predict how a person will perform.'], quote: 'tests can predict how a person will perform', speaker: 'large body of research' },
  { why: 'a plural noun after its modifiers is shown as written', text: ['Federal transit regulations say that every bus must carry a ramp.'], quote: 'every bus must carry a ramp', speaker: 'Federal transit regulations' },
  { why: 'a pronoun fused with its auxiliary is the pronoun', text: ['Senator Maya Ortiz is digging in. She’s suggesting that the delegates should switch sides.'], quote: 'the delegates should switch sides', speaker: 'Maya Ortiz' },
  { why: 'a statement "read" its words', text: ['“The port will close,” read the statement, which the mayor signed.'], quote: 'The port will close,', speaker: 'the statement' },
  { why: 'a sign "reads" its words', text: ['The sign on the door reads “Closed until spring, sorry.”'], quote: 'Closed until spring, sorry.', speaker: 'sign on the door' },
  { why: 'a person who "remembered" the words said them', text: ['“We argued for weeks,” remembered Ada Lind, a former port official.'], quote: 'We argued for weeks,', speaker: 'Ada Lind' },
  { why: '"quip" in its base form quips too', text: ['A spokesman for the mayor could only quip: “I guess the ferry was booked.”'], quote: 'I guess the ferry was booked.', speaker: 'spokesman for the mayor' },
  { why: 'a crowd that chants a quotation is its speaker', text: ['The crowd chanted “Close the port!” as the mayor spoke.'], quote: 'Close the port!', speaker: 'the crowd' },
  { why: 'a plain phrase before a participle is no speaker: it is what the subject acts on', text: ['Mayor Ines Duarte opened their second debate saying the port would close.'], quote: 'the port would close', speaker: null },
  { why: 'a plain phrase that speaks inside another’s report does not take the participle after it', text: ['Judge Ana Ruiz said the town’s situation reminds her of the 1969 book titled “The Long Winter,” explaining, “It was a tragedy for everyone.”'], quote: 'It was a tragedy for everyone.', speaker: 'Ana Ruiz' },
  { why: 'a country’s minister is the one holder of an office, not an anonymous source', text: ['The border will reopen, Austria’s interior minister said on Tuesday.'], quote: 'The border will reopen', speaker: 'Austria’s interior minister' },
  { why: 'a subject in the opening noun phrase counts', text: ['Former Finnish prime minister Aino Lahti was even more blunt.', '“Absolutely not,” she said.'], quote: 'Absolutely not,', speaker: 'Aino Lahti' },
  { why: 'she skips a subject known to be a man from his full name', text: ['Lukas Brenner stayed silent.', 'Two weeks after Clara Voss lost her temper on a rope line, as she angrily said, “I am tired of the lies,” Brenner struck back.'], quote: 'I am tired of the lies,', speaker: 'Clara Voss' },
  { why: 'a bare surname is the first person named in full with it, not a later namesake', text: ['Maria Ortega spoke at the rally on Monday.', 'Her husband, Luis Ortega, stayed home.', 'Ortega then met the union.', '“We will win this,” she said.'], quote: 'We will win this,', speaker: 'Maria Ortega' },
  { why: 'a name before a role noun only describes the speaker', text: ['Lindgren consultant Paul Brecht, a pollster, picked up the thread. “Voters want a winner,” he said.'], quote: 'Voters want a winner,', speaker: 'Paul Brecht' },
  { why: 'they are warning: a group speaks in the progressive', text: ['Local Democrats are warning that the map will cost them two seats.'], quote: 'the map will cost them two seats', speaker: 'Local Democrats' },
  { why: 'a poll average, an email and a playbook are documents that speak', text: ['The senator has pulled within 4 points, according to the Lakeview Poll average of recent surveys.'], quote: 'The senator has pulled within 4 points', speaker: 'Lakeview Poll average of recent surveys' },
  { why: 'an email from a named person: its author speaks through it', text: ['An email from Dana Whitcomb, meanwhile, reveals that the donor regretted his choice.'], quote: 'the donor regretted his choice', speaker: 'Dana Whitcomb' },
  { why: 'a floating "alike" is not part of the group', text: ['Farmers and ranchers alike are urging the state to fix the dam.'], quote: 'the state to fix the dam', speaker: 'Farmers and ranchers' },
  { why: 'a document coordinated after its own verb keeps speaking; an opening "Beyond …" is no subject', text: ['Beyond the video, the affidavit cited two witnesses and said that the guard had seen the blow.'], quote: 'the guard had seen the blow', speaker: 'the affidavit' },
  { why: 'those surveyed are a group of respondents', text: ['By big margins, those surveyed say the economy should come first.'], quote: 'the economy should come first', speaker: 'those surveyed' },
  { why: 'those over an age are a group', text: ['Those over 60 say they feel that way by two to one.'], quote: 'they feel that way by two to one', speaker: 'Those over 60' },
  { why: 'the subject of a cue is the noun before a relative clause that stands between them', text: ['Investment bankers who have worked with the minister say she rarely shows her hand.'], quote: 'she rarely shows her hand', speaker: 'Investment bankers' },
  { why: 'an adverb between subject and cue is not part of the subject', text: ['The budget office now says the deficit will grow sooner.'], quote: 'the deficit will grow sooner', speaker: 'budget office' },
  { why: 'plural people nouns beyond the table (compromise Actor words) are shown as a group', text: ['Cement makers argue that imports have tripled since the tax began.'], quote: 'imports have tripled since the tax began', speaker: 'Cement makers' },
  { why: 'a cue noun after a possessive is a noun; the coordinated verb keeps the sentence subject', text: ['Norway is one of the region’s loudest critics of Russia’s sweeping territorial claims in the Arctic and has accused Moscow of bullying its fishermen.'], quote: 'Moscow of bullying its fishermen', speaker: 'Norway' },
  { why: '"and" joins two speakers, not a clause and a new subject', text: ['A dry autumn has left brush bone-dry and forecasters called for more wind on Sunday.'], quote: 'more wind on Sunday', speaker: 'forecasters' },
  { why: 'an abbreviated title gives the role ("Sen." → the senator); the subject of the paragraph holds it', text: ['Sen. Ana Ruiz and Sen. Tom Hale traded attacks on Sunday.', 'Ruiz stopped by her campaign office. Walking in, the senator said her campaign was closing strong.'], quote: 'her campaign was closing strong', speaker: 'Ana Ruiz' },
  { why: 'a role qualified by a place is shown as written, not guessed', text: ['Sen. Ana Ruiz spoke first.', 'The Ohio senator said the plan was dead.'], quote: 'the plan was dead', speaker: 'Ohio senator' },
  { why: 'no holder from paragraphs back when another person is the subject here', text: ['Recall Sen. Ana Ruiz, who lost in 2000.', 'The race went on.', 'Omar Vance defends his record in an ad: the senator says he fought the party.'], quote: 'he fought the party', speaker: 'the senator' },
  { why: 'a day after a surname is when, not who', text: ['Inside the hall, Ruiz on Tuesday dismissed the plan as a stunt, arguing that the budget could not pay for it.'], quote: 'the budget could not pay for it', speaker: 'Ruiz' },
  { why: 'an opening time is no speaker: the appositive name is', text: ['Earlier Tuesday, the club’s manager, Jon Pell, says the season will go ahead.'], quote: 'the season will go ahead', speaker: 'Jon Pell' },
  { why: 'a joined verb after an opening subordinate clause gets no subject from that clause', text: ['As fans filed into the stadium, the club sent out a statement and accused the league of ignoring the fans.'], quote: 'the league of ignoring the fans', speaker: null },
  { why: 'a pronoun fused with its verb is no speaker of a joined verb', text: ['She’s a lifelong farmer but concedes that the drought beat her.'], quote: 'the drought beat her', speaker: null },
  { why: 'a conjunction opening the sentence is not part of the speaker; "the company" is the one just named', text: ['Brixton Foods is not hurting like the big grocers who lost billions in the 1990s. But the company says it fears it could end up in a similar spot.'], quote: 'it fears it could end up in a similar spot', speaker: 'Brixton Foods' },
  { why: 'she is not a named woman when an unnamed woman is the subject since', text: ['Chancellor Ilse Brandt said the law would be enforced.', 'A 29-year-old nurse from Hamburg, meanwhile, was fined after she posted comments online. “Out with them!” she wrote.'], quote: 'Out with them!', speaker: null },
  { why: 'he is not the named man when an unnamed man is the subject since', text: ['“We will appeal,” said Tomas Berg, the mayor.', 'A retired teacher was arrested at the gate. “I only wanted to talk,” he said.'], quote: 'I only wanted to talk,', speaker: null },
  { why: 'an unnamed subject of the other gender does not stop he', text: ['“We will appeal,” said Tomas Berg, the mayor.', 'A woman in the crowd booed. “We will win in the end,” he said.'], quote: 'We will win in the end,', speaker: 'Tomas Berg' },
  { why: 'a name right before a quotation is the subject of the quoted words, not their speaker', text: ['Vice President Joe Ruiz spoke in Tokyo.', '“We thought only one man was rude,” said Hiro Aoki, an author. Ruiz “kind of misspoke. This is not something he should say in public.”'], quote: 'kind of misspoke. This is not something he should say in public.', speaker: 'Hiro Aoki' },
  { why: 'a possessive name right before a quotation owns it', text: ['President Tom Abel signed the law in 2010.', 'Aides were nervous. It was Abel’s “you can keep your plan” promise that came back.'], quote: 'you can keep your plan', speaker: 'Tom Abel' },
  { why: '"the airline" does not reach back paragraphs to another kind of organisation', text: ['NordTV reported that three people died.', 'Rescue boats searched the sea all night.', 'Divers went down at dawn.', 'The pilot had flown for Nilair since 2004, the airline said on Thursday.'], quote: 'The pilot had flown for Nilair since 2004', speaker: 'the airline' },
  { why: '"the company" right after a named company spoke is that company', text: ['Brixton Foods said sales fell.', 'The company said it would cut jobs in June.'], quote: 'it would cut jobs in June', speaker: 'Brixton Foods' },
  { why: 'they is not the last group that spoke when another group opens a sentence since', text: ['The senators wrote to the council, which said it would reply.', 'Ruiz’s allies reject the charges outright, they insist.'], quote: 'Ruiz’s allies reject the charges outright', speaker: null },
  { why: '"it" is no organisation that spoke three paragraphs back', text: ['NordTV reported that three people died.', 'Rescue boats searched the sea all night.', 'Divers went down at dawn.', 'The harbour doctrine sets the rules for a search. It says the search must go on for a week.'], quote: 'the search must go on for a week', speaker: null },
  { why: '"it" is the organisation that spoke in the paragraph before', text: ['NordTV reported that three people died.', 'It said the search would go on.'], quote: 'the search would go on', speaker: 'NordTV' },
  { why: 'he with no subject in reach and two men named in the paragraph before is a guess, left unidentified', text: ['The plan was drafted for Tomas Berg and approved by Owen Daley.', '“It will work,” he said.'], quote: 'It will work,', speaker: null },
  { why: '… but the one woman named there is she', text: ['The plan was drafted for Rita Vance and approved by Owen Daley.', '“It will work,” she said.'], quote: 'It will work,', speaker: 'Rita Vance' },
  { why: '… and the one man named earlier in the same paragraph is he, whoever the paragraph before named', text: ['The plan was drafted for Owen Daley.', 'The letter reached Tomas Berg on Monday. “It will work,” he said.'], quote: 'It will work,', speaker: 'Tomas Berg' },
  { why: 'a name joined to its own people ("and his team") is the speaker, not "his team"', text: ['“The signal is faint,” Okafor and his team wrote in the paper.'], quote: 'The signal is faint,', speaker: 'Okafor' },
  { why: '… in reported speech too, with a title', text: ['Sen. Rita Vance and her staff said the bill was dead.'], quote: 'the bill was dead', speaker: 'Rita Vance' },
  { why: '… and for an organisation and its own', text: ['Brixton Foods and its partners said the deal was done.'], quote: 'the deal was done', speaker: 'Brixton Foods' },
  { why: 'a role qualified by a place is the person the article names right after the same words, even later', text: ['Peru’s ambassador to Norway said the claims were false.', 'Peru’s ambassador to Norway Ana Quispe has said that the embassy would sue.'], quote: 'the claims were false', speaker: 'Ana Quispe' },
  { why: 'a plural noun after a prefix and a hyphen is a group', text: ['The neo-banks have promised that they will ease your pain.'], quote: 'they will ease your pain', speaker: 'neo-banks' },
  { why: 'a surname with the Arabic article in lower case is part of the name', text: ['Ayman al-Zawahri said the group would fight on.'], quote: 'the group would fight on', speaker: 'Ayman al-Zawahri' },
  { why: '… and later the surname alone, without its article, is the same person', text: ['Ayman al-Zawahri spoke in a video.', 'Zawahri added that the war would be long.'], quote: 'the war would be long', speaker: 'Ayman al-Zawahri' },
  { why: '… after an honorific too', text: ['President Abdel Fattah el-Sisi opened the session.', 'Mr. el-Sisi said the vote was fair.'], quote: 'the vote was fair', speaker: 'Abdel Fattah el-Sisi' },
  { why: 'a surname written first, used alone, is the one person named in full with it', text: ['Zhou Yanping, a doctor at the clinic, wrote that the couple had been moved.', 'Zhou explained that the cases need to be verified.'], quote: 'the cases need to be verified', speaker: 'Zhou Yanping' },
  { why: 'a surname that is an ordinary word, "of the" a newspaper, is the reporter', text: ['Mei-Ling Wee covers health in Beijing.', 'Wee of the Times reports that censors had acted.'], quote: 'censors had acted', speaker: 'Mei-Ling Wee' },
  { why: '… also when the article gives no full name', text: ['Young of the Boston Globe says the count was wrong.'], quote: 'the count was wrong', speaker: 'Young' },
  { why: 'a description then the institution’s name in an appositive is the institution', text: ['The utility, Acme Power, said that rates would rise.'], quote: 'rates would rise', speaker: 'Acme Power' },
  { why: '… but not a clause set off by commas that names another', text: ['Ruiz’s office, when contacted by Reuters, said the senator could not recall the dinner.'], quote: 'the senator could not recall the dinner', speaker: 'Ruiz’s office' },
  { why: '"the company" is the company named last, even as an object, in the paragraph before', text: ['Regulators are looking at Nordvolt, people familiar with the matter said. Nordvolt declined to comment.', 'The company confirmed on Monday that it had been contacted.'], quote: 'it had been contacted', speaker: 'Nordvolt' },
  { why: '"the agency" is the one named last, as an owner', text: ['The probe was built by Nasaro in 2020.', 'That is a big deal as the moon is a top target in Nasaro’s search for life, according to the agency.'], quote: 'That is a big deal as the moon is a top target in Nasaro’s search for life', speaker: 'Nasaro' },
  { why: '"the company" is not a public body named last: it stays a description', text: ['Brixton Foods met the Ohio Gaming Commission on Monday. The company said it would appeal.'], quote: 'it would appeal', speaker: 'the company' },
  { why: '"the automaker" is not a product named with "the"', text: ['Volkara is giving a glimpse of the car of the future called the Zephyr. It is built by Volkara in Ohio.', 'The German automaker says the Zephyr will go 300 miles on a charge.'], quote: 'the Zephyr will go 300 miles on a charge', speaker: 'Volkara' },
  { why: '"they" after a crowd named in the same sentence is not the last group that spoke', text: ['Local Democrats said the tour would start in June.', 'The reaction from the crowd was rapturous and they called for more even as the lights came up.'], quote: 'more even as the lights came up', speaker: null },
  { why: '"they" is the pair that spoke, over a quotation whose own sentence opens with a group', text: ['Dale and Rita disputed that Mike was estranged. “We went to dinner. Our parents sent him letters every year,” Dale wrote.', 'They also disputed that anyone had a problem with the move.'], quote: 'anyone had a problem with the move', speaker: 'Dale and Rita' },
  { why: '… but with no group in the sentence it is that group', text: ['Local Democrats said the tour would start in June.', 'Later they called for more funding.'], quote: 'more funding', speaker: 'Local Democrats' },
  { why: 'a singular "they" after a person spoke in the same paragraph is that person, not a group from a paragraph before', text: ['Brixton Foods said sales fell.', 'Kim Adair, a spokesperson for the chain, confirmed that stores would close. “We tried everything,” they said in an email.'], quote: 'We tried everything,', speaker: 'Kim Adair' },
  { why: '… but a group that spoke in the same paragraph after the person is still "they"', text: ['Kim Adair, a spokesperson for the chain, confirmed that stores would close. The unions said they would strike. “We tried everything,” they said.'], quote: 'We tried everything,', speaker: 'unions' },
  { why: 'a speaker in an aside between dashes is not who the next "she said" continues', text: ['Fun as that might sound in an Oliver Sacks kind of way — the late neurologist wrote about similar symptoms in his book “Musicophilia” — Rita Vance was not thrilled about the shift. “I couldn’t focus,” she said.'], quote: 'I couldn’t focus,', speaker: 'Rita Vance' },
  { why: '"Dean" before a bare surname is a given name, not the title', text: ['Dean Kowalski, a 55-year-old farmer, says the rain came too late.'], quote: 'the rain came too late', speaker: 'Dean Kowalski' },
  { why: 'he after a man the article just introduced with an appositive is that man, not the last speaker', text: ['“We are full,” Tomas Berg said.', 'Then the clinic hired Bob Ruiz, a nurse from Ohio. “We need more beds,” he said.'], quote: 'We need more beds,', speaker: 'Bob Ruiz' },
  { why: 'the WHO in capitals is an organisation, not the relative pronoun', text: ['“The outbreak is a global emergency,” the WHO said.'], quote: 'The outbreak is a global emergency,', speaker: 'WHO' },
  { why: '… also inverted after the cue', text: ['“The outbreak is a global emergency,” says WHO.'], quote: 'The outbreak is a global emergency,', speaker: 'WHO' },
  { why: 'an office without its article opens an appositive ("equity strategist at")', text: ['“Stocks are too high,” Matt Maley, equity strategist at Brill Tabak, says.'], quote: 'Stocks are too high,', speaker: 'Matt Maley' },
  { why: 'an opening sentence adverb is no part of the speaker’s name', text: ['Now Donald Reyes says he will build the wall.'], quote: 'he will build the wall', speaker: 'Donald Reyes' },
  { why: 'an opening adverb and its comma alone name no one', text: ['Likewise, Reyes went after the mayor and called for her to quit the race.'], quote: 'her to quit the race', speaker: null },
  { why: 'a bare role after "the" with no holder named stays a description with its article', text: ['The film opened on Friday. “It was the hardest role I ever played,” the actor said.'], quote: 'It was the hardest role I ever played,', speaker: 'the actor' },
  { why: 'an unnamed "a man" is shown with its article', text: ['A man said the water was brown.'], quote: 'the water was brown', speaker: 'a man' },
  { why: '"the 56-year-old" is the person named with that age', text: ['Police arrested Kim Ostrowski, 56, on Friday. Tom Hale watched.', '“I did nothing wrong,” the 56-year-old said.'], quote: 'I did nothing wrong,', speaker: 'Kim Ostrowski' },
  { why: '… or, with no age given, the person the text is about', text: ['John Reed was arrested on Friday.', '“I did nothing wrong,” the 56-year-old said.'], quote: 'I did nothing wrong,', speaker: 'John Reed' },
  { why: 'a pronoun whose person was last written "Mr. Hale" shows the name the article gave in full', text: ['Mark Hale arrived at the harbour on Monday.', 'Later, Mr. Hale sat down with reporters. “It is hard,” he said.'], quote: 'It is hard,', speaker: 'Mark Hale' },
  { why: '"the actor" is the person the text is about, as "he" would be', text: ['James Okafor took the stage on Monday.', '“It is hard,” said the actor. “It makes you more human.”'], quote: 'It is hard,', speaker: 'James Okafor' },
  { why: '"the singer and guitarist": the last noun is the head', text: ['Peter Lund teased the crowd.', 'Then the singer and guitarist told the audience the band would tour again.'], quote: 'the band would tour again', speaker: 'Peter Lund' },
  { why: '… but not when the actor is someone else the text met since', text: ['Police arrested Mark Hale on Monday.', 'The mayor met the actor later. “It is hard,” the actor said.'], quote: 'It is hard,', speaker: 'the actor' },
  { why: '… and an office is no epithet: "the mayor" is only a person the article made mayor', text: ['Mark Hale spoke first.', '“It is hard,” the mayor said.'], quote: 'It is hard,', speaker: 'the mayor' },
  { why: 'a Korean name is family name first: "Ban" alone later is "Ban Ki-moon", a person though "ban" is a common word', text: ['U.N. Secretary-General Ban Ki-moon arrived on Monday.', 'Later, Ban said the accord would hold.'], quote: 'the accord would hold', speaker: 'Ban Ki-moon' },
  { why: '… and a hyphenated title before it is no part of the name', text: ['Secretary-General Ban Ki-moon said the accord would hold.'], quote: 'the accord would hold', speaker: 'Ban Ki-moon' },
  { why: '… "Moon Jae-in" likewise', text: ['Moon Jae-in met the envoy.', 'Moon said the talks would resume.'], quote: 'the talks would resume', speaker: 'Moon Jae-in' },
  { why: 'a gerund after "by" speaks for the main clause after a fronted subordinate one, not for its speaker', text: ['Years after Ada Lind claimed that the port was safe, Tomas Berg won the seat by promising to close it.'], quote: 'to close it', speaker: 'Tomas Berg' },
  { why: 'a pronoun with no named person of its gender in reach continues the one known by description who spoke last', text: ['A nurse at the clinic said the ward was full. “I could not stand,” she said.'], quote: 'I could not stand,', speaker: 'nurse at the clinic' },
  { why: '… an unnamed official too', text: ['A senior official said the talks had stalled.', '“We are not close,” he said.'], quote: 'We are not close,', speaker: 'senior official' },
  { why: '… but not a group ("officials"), nor across genders', text: ['Officials said the talks had stalled. “We are not close,” he said. A man said the water was brown. “It smelled,” she said.'], quote: 'It smelled,', speaker: null },
  { why: '… nor past a person named since, of that gender', text: ['A nurse said the ward was full. Then Ada Lind arrived. “I could not stand,” she said.'], quote: 'I could not stand,', speaker: 'Ada Lind' },
  { why: 'the one spoken with in a phrase opening the sentence is not its subject ("the actor")', text: ['In a conversation with Oprah Winfrey, the actor said he had never felt so free.'], quote: 'he had never felt so free', speaker: 'the actor' },
  { why: '… nor who "he" is ("Asked by X, he said")', text: ['Asked by Jake Tapper about the plan, he said it was dead.'], quote: 'it was dead', speaker: null },
  { why: '… over an owner\u2019s possessive ("with CNN’s X")', text: ['In an interview with CNN’s Jake Tapper, he said the plan was dead.'], quote: 'the plan was dead', speaker: null },
  { why: '… but the one it names as the source is ("According to X, he")', text: ['According to Bob Smith, he was never told.'], quote: 'he was never told', speaker: 'Bob Smith' },
  { why: '… and with no person in reach, the age as a description', text: ['The police arrested a driver on Friday.', '“I did nothing wrong,” the 56-year-old said.'], quote: 'I did nothing wrong,', speaker: 'the 56-year-old' },
  { why: 'an adverb between the subject and the cue ("X however said") leaves X the speaker', text: ['Ash Carter flew to Singapore.', 'Carter however said he would welcome the talks.'], quote: 'he would welcome the talks', speaker: 'Ash Carter' },
  { why: 'an opening focus word does not keep the subject from its appositive', text: ['Ed Rendell spoke first.', 'Even Rendell, a stalwart supporter of the mayor, said the tax was needed.'], quote: 'the tax was needed', speaker: 'Ed Rendell' },
  { why: 'a question word is no speaker', text: ['Who told you that the emails were in the system?'], quote: 'the emails were in the system', speaker: null },
  { why: 'a state’s abbreviation after a place is where, not who', text: ['Recently, Tom Ostrow of Laconia, N.H., stood at an event to say he was leaning toward the mayor.'], quote: 'he was leaning toward the mayor', speaker: null },
  { why: 'a country’s or the state’s media speak as a body', text: ['State media have reported that the patient was in stable condition.'], quote: 'the patient was in stable condition', speaker: 'State media' },
  { why: '… with a nationality too', text: ['Turkish media said the border would stay closed.'], quote: 'the border would stay closed', speaker: 'Turkish media' },
  { why: 'a subject in dotted initials ("the F.B.I.") ends at its dot, not at the sentence', text: ['The report came back clear, and the F.B.I. has said it had no information.'], quote: 'it had no information', speaker: 'F.B.I.' },
  { why: '… before a quotation too', text: ['“We have no information,” the C.I.A. said.'], quote: 'We have no information,', speaker: 'C.I.A.' },
  { why: 'a frequency adverb between subject and cue is no part of the speaker ("always", "sometimes", "usually")', text: ['The harbour board always argued that the pier was safe.'], quote: 'the pier was safe', speaker: 'harbour board' },
  { why: 'a quotation inside the reporter’s own sentence is not the last reporter’s', text: ['Ada Lind said the dam held. The town held a party with “free beer for all who come to the square.”'], quote: 'free beer for all who come to the square.', speaker: null },
  { why: 'a quotation followed by a cue of its own is not the last reporter’s, even when the cue is not read', text: ['Ada Lind said the dam held. “We were lucky,” Tomas Berg, who runs the ferry, said of the night.'], quote: 'We were lucky,', speaker: 'Tomas Berg' },
  { why: 'a word that names a built-in property of script objects ("constructor") is an ordinary noun, not a pronoun', text: ['The constructor said the bridge was safe.'], quote: 'the bridge was safe', speaker: 'the constructor' },
  { why: '… nor a possessive ("its", "his"): alone and capitalised it is a name, as any unknown word is', text: ['Constructor said the bridge was safe.'], quote: 'the bridge was safe', speaker: 'Constructor' },
  { why: 'a lone capitalised "Post" opening a sentence is a name, never the common noun "post"', text: ['Post said the paper would close.'], quote: 'the paper would close', speaker: 'Post' },
  { why: '… and a person of that surname when the article names one', text: ['Emily Post, an editor, spoke on Monday.', 'Post said the paper would close.'], quote: 'the paper would close', speaker: 'Emily Post' },
  { why: '… after an auxiliary too', text: ['The port authority has sometimes claimed that the cranes were idle.'], quote: 'the cranes were idle', speaker: 'port authority' },
  { why: 'a person’s own "said he" outweighs a first name the lexicon lists as a woman’s', text: ['“The town has grown too fast,” said Tomas Berg, a retired teacher.', 'Adel Rahimi, a member of the board, said he had raised money for the victims.', '“Nobody saw this coming,” he said.'], quote: 'Nobody saw this coming,', speaker: 'Adel Rahimi' },
  { why: '… after an appositive, and "says that he" too', text: ['“We lost the vote,” said Tomas Berg.', 'Nicola Ferrante, who runs the shop, says that he will stay open.', '“We have no choice,” he said.'], quote: 'We have no choice,', speaker: 'Nicola Ferrante' },
  { why: 'an honorific outweighs "said he", which then is someone else', text: ['Ms. Kim Lee said he would be back, meaning her son.', '“We will wait,” she said.'], quote: 'We will wait,', speaker: 'Kim Lee' },
  { why: 'a quotation inside the reporter’s own sentence, sentences after a quote, is not that speaker’s', text: ['“We will win,” said Ada Lind, the mayor. Turnout was low on Monday. Since then the levy has become “a tax on the poor and on the old of the town” in the eyes of many voters.'], quote: 'a tax on the poor and on the old of the town', speaker: null },
  { why: '… but a quotation that opens its sentence goes on with the speaker before it', text: ['“It is a good day,” Tomas Berg said. The vote was close. “The levy is fair.”'], quote: 'The levy is fair.', speaker: 'Tomas Berg' },
  { why: '… and after ", and The …" with a capitalised name', text: ['Moving on, Ada Lind has signed with a larger label, and The Harbor Group is left to wonder: “What did we do wrong?”'], quote: 'What did we do wrong?', speaker: null },
  { why: 'the one "quoted as saying" speaks, not the paper that quoted them', text: ['The Courier quoted an unnamed official as saying that the director was fired.'], quote: 'the director was fired', speaker: 'unnamed official' },
  { why: '… and "cited two aides as saying" likewise', text: ['The paper cited two aides as saying the plan was dead.'], quote: 'the plan was dead', speaker: 'two aides' },
  { why: '… while "was quoted as saying" is still the subject', text: ['Ada Lind was quoted as saying the port would close.'], quote: 'the port would close', speaker: 'Ada Lind' },
  { why: 'a source the words came through, set off by commas after the name, is no speaker ("via")', text: ['Tom Hart, via the Harbor Gazette, said that the port would close.'], quote: 'the port would close', speaker: 'Tom Hart' },
  // Qualified role: the head of some body ("World Bank President", "president of the union") is "the president" only when
  // the article names no plain "President X".
  { why: 'a bare "the president" is the plain President, not the president of a bank named since', text: ['President Ada Lind flew to Lisbon on Monday.', 'She met World Bank President Tomas Berg there.', 'Domestically, Lind has pushed through new rules.', '“We may have to do it in pieces,” the president said.'], quote: 'We may have to do it in pieces,', speaker: 'Ada Lind' },
  { why: '… nor the president of a campaign group named since', text: ['President Ada Lind spoke at the White House.', 'Tomas Berg, president of the Harbor Campaign, live tweeted as Lind spoke.', 'One tweet quoted the president as saying “We must act now.”'], quote: 'We must act now.', speaker: 'Ada Lind' },
  { why: 'the president of a body is "the president" when the article names no other', text: ['Tomas Berg, president of the Harbor Union, spoke to the crowd.', '“We must act now,” the president said.'], quote: 'We must act now,', speaker: 'Tomas Berg' },
  { why: 'a quantifier floating after the auxiliary is not the subject ("have all said")', text: ['The harbor pilots have all said that the channel is too shallow.'], quote: 'the channel is too shallow', speaker: 'harbor pilots' },
  { why: '… nor is "both" after two names', text: ['Ana Ruiz and Tom Hart have both argued that the levy is illegal.'], quote: 'the levy is illegal', speaker: 'Ana Ruiz and Tom Hart' },
  { why: 'an outlet after "speaking to" is the listener, not the source speaking', text: ['One harbor official speaking to the Gazette said the port would close.'], quote: 'the port would close', speaker: 'harbor official speaking to the Gazette' },
];

describe('speakers shown to the reader', () => {
  for (const row of ROWS) {
    it(row.why, () => {
      const r = analyzeBlocks(row.text);
      const q = r.quotes.find((x) => x.text === row.quote);
      expect(q, JSON.stringify(r.quotes.map((x) => [x.text, x.speaker]))).toBeDefined();
      expect(q!.speaker).toBe(row.speaker);
    });
  }
});

describe('a name, a colon and a claim with no verb', () => {
  it('is the headline\'s claim in the article\'s first paragraph, and nothing later (a listicle\'s heading), nor a question, nor a team\'s notice', () => {
    expect(analyzeBlocks(['Okafor: No outside influence on the ferry inquiry.']).quotes.map((q) => [q.text, q.speaker])).toEqual([['No outside influence on the ferry inquiry', 'Okafor']]);
    expect(analyzeBlocks(['What each candidate needs.', 'Okafor: Win the ferry towns by a mile.']).quotes).toEqual([]);
    expect(analyzeBlocks(['Okafor: Ferry hero or another career politician?']).quotes).toEqual([]);
    expect(analyzeBlocks(['Lakers: Visit the Thunder on Friday night.']).quotes).toEqual([]);
  });
});

describe('a subject cut inside a relative clause', () => {
  // "whom Ada Brook, D-Ore., fired": the name is the relative clause's subject and its verb follows the aside, so the
  // name (or the state after it) is no speaker of the sentence's cue.
  const CUT = [
    'The suit filed by a former aide whom Ada Brook, D-Ore., fired in June alleges that the firing was illegal.',
    'The suit filed by a former aide who Ada Brook, R-S.C., fired in June, alleges that the firing was illegal.',
  ];
  for (const text of CUT) {
    it(`names no speaker: ${text}`, () => {
      const r = analyzeBlocks([text]);
      expect(r.quotes.map((q) => q.speaker).filter((s) => s !== null)).toEqual([]);
    });
  }
});

describe('words that look like cues but report nothing', () => {
  const NONE = [
    'The count included regular, pledged delegates from every state.',
    'The organizers added 160 security personnel for the final day.',
    'The report covered an alleged pay-to-play scheme at the port.',
  ];
  for (const text of NONE) it(text, () => expect(analyzeBlocks([text]).quotes.filter((q) => q.kind === 'indirect' && q.speaker)).toEqual([]));
});

describe('one-word names that name no one', () => {
  const JUNK = ['There', 'Indeed', 'Speaking', 'Continuing', 'Another', 'Republican', 'Democrat', 'Western', 'Senator', 'Mr.', 'It', 'Weeks', 'Hours'];
  const NAMES = ['Baker', 'Hill', 'Democrats', 'Russians', 'Reuters', 'FBI', 'ESPN', 'Sanders', 'Apple'];
  for (const word of JUNK) it(`${word} is junk`, () => expect(isJunkSingleName(word)).toBe(true));
  for (const word of NAMES) it(`${word} may speak`, () => expect(isJunkSingleName(word)).toBe(false));
});

describe('groups known only from the lexicon', () => {
  it('are speakers but not anonymous sources', () => {
    const report = analyzeBlocks(['The authors of the study said the effect was small.']);
    expect(report.quotes.map((q) => q.speaker)).toEqual(['authors of the study']);
    expect(report.anonymousMentions).toEqual([]);
  });
});

describe('"say" as a noun', () => {
  it('"wanted some say in" is no speech and no anonymous source', () => {
    const report = analyzeBlocks(['Her neighbours and the boy’s friends wanted some say in the matter, but their efforts failed.']);
    expect(report.quotes).toEqual([]);
    expect(report.anonymousMentions).toEqual([]);
  });
});

describe('"Will" mid-sentence', () => {
  it('is a name, not an auxiliary that lets a place before ", which" speak', () => {
    const r = analyzeBlocks(['He praised the speech at the summit in Orlando, Florida, which Will claims affirmed “the party’s core belief in open trade.”']);
    expect(r.quotes.map((q) => q.speaker)).not.toContain('Florida');
  });
});

describe('"shows" after a kind of show', () => {
  it('is a plural noun, not the cue', () => {
    const r = analyzeBlocks(['The service is stocked with movies and TV shows from Pixar, “Star Wars,” and classic fare.']);
    expect(r.quotes).toEqual([]);
  });
});

describe('one capitalised word the lexicon does not know', () => {
  const kinds = (text: string[]): string[][] => analyzeBlocks(text).sources.map((s) => [s.name, s.kind]);
  it('is a person when "he" or "she" follows it in its sentence', () => {
    expect(kinds(['“He is playing terrific basketball,” Vogel said.', 'Vogel said he was available if necessary.'])).toEqual([['Vogel', 'person']]);
  });
  it('stays an organisation when "it" follows', () => {
    expect(kinds(['Nomura said it expects the yen to fall.'])).toEqual([['Nomura', 'organization']]);
  });
  it('stays an organisation when it is a brand written with inner capitals, whoever "she" is', () => {
    expect(kinds(['ProPublica obtained a video and said she steered a middle ground.'])).toEqual([['ProPublica', 'organization']]);
  });
});

describe('one organisation, one source: its last word or its initials stand for its full name', () => {
  const ROWS: Array<{ why: string; text: string[]; sources: Array<[string, number]> }> = [
    { why: 'the last word of a newspaper named before ("the Chronicle")', text: ['The Harbor City Chronicle reported that the pier was closed.', 'The Chronicle said the mayor had ordered it.'], sources: [['Harbor City Chronicle', 2]] },
    { why: 'initials after the full name', text: ['The Federal Port Agency said the pier was unsafe.', 'FPA said repairs would take a year.'], sources: [['Federal Port Agency', 2]] },
    { why: 'initials before the full name', text: ['FPA said repairs would take a year.', 'The Federal Port Agency later said the pier was unsafe.'], sources: [['Federal Port Agency', 2]] },
    { why: 'a title word inside an office’s name ("Health") keeps it an organisation', text: ['The National Health Service said the wards were full.', 'NHS said more beds were coming.'], sources: [['National Health Service', 2]] },
    { why: 'two newspapers ending in the same word: "the Times" is neither', text: ['The Harbor Times said the pier was closed.', 'The Valley Times said it had reopened.', 'The Times said the mayor was wrong.'], sources: [['Harbor Times', 1], ['Valley Times', 1], ['Times', 1]] },
    { why: 'two bodies with the same initials: the initials stay as written', text: ['The Port Authority said the pier was closed.', 'The Parking Agency said the lots were full.', 'PA said the fees would rise.'], sources: [['Port Authority', 1], ['Parking Agency', 1], ['PA', 1]] },
    { why: 'a person whose surname ends an organisation’s name is the person', text: ['Lena Post spoke at the Daily Post on Monday.', 'Post said the paper would close.'], sources: [['Lena Post', 1]] },
  ];
  for (const row of ROWS) {
    it(row.why, () => {
      const r = analyzeBlocks(row.text);
      expect(r.sources.map((s) => [s.name, s.quoteIds.length])).toEqual(row.sources);
    });
  }
});
