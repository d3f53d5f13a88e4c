/**
 * Reading the dates of Vietnamese official texts (plans, news posts) into events.
 *
 * <p>Public surface: {@link vn.loa.dates.VietnameseDateReader} ({@code forYear}, {@code read}, {@code readOne},
 * {@code readIssueDate}), the values it returns ({@link vn.loa.dates.DateExpression}, {@link vn.loa.dates.DateKind},
 * {@link vn.loa.dates.PartOfDay}, {@link vn.loa.dates.DateProblem}, {@link vn.loa.dates.IssueDate}) and
 * {@link vn.loa.dates.Weekdays}. Everything else is package-private. No dependency beyond the JDK; values are
 * immutable and the reader is thread-safe.
 *
 * <h2>What is read</h2>
 * <table>
 * <caption>Forms and how they read (document year 2024)</caption>
 * <tr><th>form</th><th>example</th><th>kind, bounds</th></tr>
 * <tr><td>day</td><td>{@code ngày 18/5/2024}, {@code 18-5-2024}, {@code 18.5.2024}, {@code 18/5}, {@code 18-5},
 *     {@code ngày 18 tháng 5 năm 2024}, {@code ngày 18 tháng 5}, {@code ngày 18/5 năm 2024}, {@code ngày 18/5/24},
 *     {@code ngày (18/5) năm 2024}, {@code Thứ Bảy (18/5) năm 2024}, {@code １８/５}</td>
 *     <td>event, 18/5–18/5</td></tr>
 * <tr><td>range</td><td>{@code từ ngày 03-14/5/2022}, {@code 03 - 14/5/2022}, {@code từ 15/4 đến 21/4/2024},
 *     {@code từ ngày 15/4/2024 đến hết ngày 21/4/2024}, {@code từ ngày 28/4 đến ngày 5/5/2024},
 *     {@code từ ngày 15 đến ngày 21/4}, {@code từ 8h00 ngày 15/4 đến 17h00 ngày 21/4}, {@code từ 28/4 đến 2/5},
 *     {@code 28/4 – 2/5/2024}, {@code 28.4 - 2.5.2024}, {@code từ 28/12/2024 đến 3/1/2025}</td>
 *     <td>period (event when both ends are the same day)</td></tr>
 * <tr><td>list of days</td><td>{@code ngày 17, 18 và 19/5}</td><td>period when the days follow one another;
 *     otherwise ({@code ngày 10 và 20/5}) one event per day, each quoting its own day</td></tr>
 * <tr><td>clock time</td><td>{@code 8h}, {@code 8h00}, {@code 08 giờ 00 (phút)}, {@code 14g30}, {@code 14:30},
 *     {@code lúc 7h30}, {@code từ 8h00 đến 11h30}, {@code (từ 14h00 - 17h00)}, {@code 2 giờ chiều}</td>
 *     <td>time and end time, only next to a date (before it, or after it behind a comma or in parentheses)</td></tr>
 * <tr><td>part of day</td><td>{@code Sáng ngày 17/5}, {@code chiều 17/5}, {@code buổi tối ngày …}, {@code trưa},
 *     {@code ngày 17/5 (buổi sáng)}</td><td>part of day; an hour before noon said with chiều or tối moves to the
 *     afternoon ({@code 2 giờ chiều} is 14:00)</td></tr>
 * <tr><td>weekday</td><td>{@code (Thứ 6)}, {@code Thứ Sáu, ngày …}, {@code thứ 6 ngày …}, {@code Chủ nhật (19/5)},
 *     {@code T6}, {@code CN}, and at both ends of a range</td><td>weekday as written; a contradiction is a
 *     {@code weekday-mismatch} problem and the date is kept</td></tr>
 * <tr><td>deadline</td><td>{@code trước ngày 10/5}, {@code chậm nhất (là) ngày}, {@code muộn nhất},
 *     {@code hạn chót}, {@code hạn cuối}, {@code trước 17h00 ngày 10/5}, {@code đến (hết) ngày 10/5}</td>
 *     <td>deadline: no start, end = the stated day</td></tr>
 * <tr><td>month</td><td>{@code tháng 4/2024}, {@code trong tháng 4}, {@code tháng 4 năm 2024},
 *     {@code từ tháng 4 đến tháng 6/2024}</td><td>vague, the whole month(s)</td></tr>
 * <tr><td>part of a month</td><td>{@code đầu tháng 5}, {@code giữa tháng 5}, {@code cuối tháng 10 năm 2022},
 *     {@code thượng tuần tháng 2}, {@code trung tuần tháng 2/2025}, {@code hạ tuần tháng 2 năm 2025}</td>
 *     <td>vague: days 1–10, 11–20, 21 to the month's last day</td></tr>
 * <tr><td>quarter, half year</td><td>{@code quý II/2024}, {@code quý 2 năm 2024}, {@code 6 tháng đầu năm 2024},
 *     {@code 6 tháng cuối năm}</td><td>vague: the quarter; 1/1 to the end of the sixth month; 1/7–31/12</td></tr>
 * <tr><td>around a day</td><td>{@code Trước, trong và sau ngày 18/5/2024}, {@code trước và sau ngày 21/4}</td>
 *     <td>vague: the calendar month of that day (1/5–31/5)</td></tr>
 * <tr><td>occasion</td><td>{@code dịp 18/5}, {@code nhân dịp (kỷ niệm) 18/5}, {@code trong dịp 18/5/2024},
 *     {@code dịp nghỉ lễ 30/4 - 1/5}</td><td>vague, exactly that day (or range)</td></tr>
 * <tr><td>open spans</td><td>{@code Từ ngày 15/4/2024, …} (no end), {@code sau ngày 18/5/2024}</td>
 *     <td>vague with a start and no end (the day after, for sau)</td></tr>
 * </table>
 *
 * <h2>Choices</h2>
 * <ul>
 * <li><b>The year.</b> A date without a year is in the document's year. The first part of a range without a year
 *     takes the year of the second part, or the year before when that would put it after the end:
 *     {@code từ 30/12 đến 02/01/2024} is 30/12/2023–2/1/2024, and so is {@code từ 30/12 đến 2/1} in a 2024
 *     document. A bare first day shares the end's month and cannot wrap: {@code 14-3/5} is reported as a range that
 *     ends before it starts. Two-digit years are 2000–2069 and 1970–1999.</li>
 * <li><b>A year on one end.</b> An end without a year takes the start's, or the year after when that would put it
 *     before the start: {@code từ 28/12/2024 đến 3/1} is 28/12/2024–3/1/2025. A dotted first day may leave its year to a
 *     dotted end ({@code 28.4 - 2.5.2024}); alone, a dotted day needs its year. A year after a day in parentheses is its
 *     year: {@code ngày (18/5) năm 2024}, {@code ngày (28/4 – 2/5) năm 2024}.</li>
 * <li><b>Occasions.</b> {@code dịp 18/5} (on the occasion of) is vague with exactly that day as both bounds, not an
 *     event: the occasion names a day, the activities it gathers may fall on the days around it, so an editor confirms
 *     the day. After another lead word the lead decides: {@code trước dịp 18/5} is a deadline on 18/5. Like
 *     {@code Ngày 21/4 hằng năm}, {@code dịp 21/4 hằng năm} recurs and is not read.</li>
 * <li><b>Digits.</b> Full-width digits ({@code １８/５}, {@code ngày １８ tháng ５}, {@code Thứ ６}) and the full-width
 *     {@code ／－．：，（）} read like ASCII ones; the quote keeps them as written. Other scripts' decimal digits
 *     (Arabic-Indic, Devanagari, Thai, mathematical …) are not read: no Vietnamese document writes a date with them, and
 *     reading them would turn foreign numbers into dates.</li>
 * <li><b>Bounded work.</b> The reader's work grows linearly with the text: every form looks a bounded number of tokens
 *     ahead or back. Callers bound the text's length ({@code loa import}: 200,000 characters).</li>
 * <li><b>Honest bounds.</b> {@code Trước, trong và sau ngày 18/5} reads as the month of that day, not as an invented
 *     number of days around it. {@code trước tháng 5} is a deadline on the last day of April; other deadline words
 *     before a month ({@code chậm nhất trong tháng 5}) end on its last day. {@code trước ngày 10/5} ends on 10/5
 *     itself, as plans mean it. {@code đến hết ngày 10/5} with no start is a deadline.</li>
 * <li><b>The quote</b> covers the words that state the date: lead words ({@code từ ngày}, {@code trước},
 *     {@code Trước, trong và sau}), clock time, part of day and the weekday (with its parentheses). It does not take
 *     the verb before a deadline ({@code Hoàn thành trước ngày 10/5} quotes {@code trước ngày 10/5}) nor
 *     emphasis marks around the expression; emphasis marks inside it stay ({@code trước **ngày 10/5/2024}).</li>
 * <li><b>Impossible dates</b> ({@code 31/4}, {@code 30/2/2024}, {@code 29/2/2023}, {@code 32/5}, {@code 18/13},
 *     {@code 0/5}) give an expression with an {@code invalid-date} problem naming the month's length and no dates;
 *     they are never moved to a real day. A date with no lead word and no year must have a month from 1 to 12 to be a
 *     date at all: {@code 10-15 đại biểu} is a count, not the 10th of month 15.</li>
 * <li><b>Not events.</b> A {@code ngày …} right after a document reference is the cited document's date, not an
 *     event: after a number and symbol ({@code số 1217/BKHCN-UDCN}, {@code 30/2020/NĐ-CP}, {@code số 5}) or after the
 *     capitalised kind of a document ({@code Công văn}, {@code Quyết định}, {@code Kế hoạch}, {@code Thông báo},
 *     {@code Nghị định}, {@code Luật}, …). The document's own place-and-date line
 *     ({@code Đắk Nông, ngày 12 tháng 4 năm 2024}, or a blank day {@code ngày    tháng 4 năm 2024}) is read by
 *     {@link vn.loa.dates.VietnameseDateReader#readIssueDate(String)} and left out of {@code read}.</li>
 * <li><b>Holidays.</b> A date with no lead word (with or without a year) right after {@code Việt Nam} or
 *     {@code thế giới}, or after a capitalised name beginning with {@code Ngày} in the same clause, names the
 *     holiday and is not an event: {@code Ngày Khoa học và Công nghệ Việt Nam (18/5)}, {@code … Việt Nam 18-5},
 *     {@code Ngày Sáng tạo … thế giới (21/4)}, a title's {@code … Việt Nam (18/5/2025)}. With a lead word
 *     ({@code ngày 18/5}, {@code sáng 18/5}) it is read as an event, unless it recurs ({@code Ngày 21/4 hằng năm},
 *     {@code hàng năm}, {@code mỗi năm}) or its clause says it is a named day ({@code Ngày 18/5 đã được chọn là
 *     Ngày Khoa học …}; with a year, only after {@code chọn}, {@code lấy} or {@code công nhận}).</li>
 * <li><b>Numbers that are not dates.</b> A date must not be glued to a neighbouring number, letter or symbol
 *     ({@code 45/KH}, {@code v1.2}, {@code 0263.3822.123}); dotted dates need a year ({@code 2.1} is a version);
 *     bare dates are not read after labels ({@code Điều 5-6}, {@code số 2/3}, {@code tỷ lệ 1/2}) or before counted
 *     nouns ({@code 2-3 người}, {@code 8/10 điểm}); {@code 24/7} alone means round the clock.</li>
 * <li><b>Tone marks.</b> Keywords match with their tone marks; in a text written entirely without tone marks they
 *     match without them too ({@code ngay 18/5}, {@code truoc ngay}, {@code thang 5}). A text with tone marks does not
 *     read {@code sang} as {@code sáng} nor {@code tôi} as {@code tối}. In toneless text, {@code sang} after a verb
 *     of moving ({@code chuyen sang ngay 20/5}) is not a part of the day.</li>
 * <li><b>Ordinals.</b> {@code thứ 6} after {@code lần}, {@code kỳ}, {@code khóa}, … is an ordinal, not Friday;
 *     {@code CN} glued to {@code KH&} is not Sunday.</li>
 * <li><b>Layout.</b> Markdown emphasis ({@code *}, {@code _}) and non-breaking spaces separate words like spaces;
 *     en and em dashes read as hyphens; a line break or a tab (a table cell) ends an expression.</li>
 * </ul>
 */
package vn.loa.dates;
