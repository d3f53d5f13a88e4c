/**
 * {@code loa check}: validating a site's content without building it.
 *
 * <p>{@link vn.loa.check.SiteChecker} takes the build's own stages as the engine runs them for {@code loa check}
 * ({@link vn.loa.check.SiteChecker.Stages}, {@code vn.loa.engine.CheckRun}) as far as they go without writing
 * anything — the loader (a file it rejects is reported and left out, the others are loaded), the render stage, the
 * index stage and the theme stage's list of output files — and reports every error they raise instead of stopping at
 * the first. Then it makes the checks below. Each finding is printed as {@code file:line: lỗi|cảnh báo: message — cách
 * sửa: fix}, the file relative to the site root; the line is left out only for a problem with a whole file. Errors
 * make the check fail (exit code 1); warnings do not.
 *
 * <table>
 * <caption>The checks</caption>
 * <tr><th>check</th><th>severity</th><th>rule</th></tr>
 * <tr><td>the build's own errors</td><td>error</td><td>what load, render and index would refuse: bad YAML, a
 *     missing title or date, an impossible date, an event that ends before it starts, a stated {@code weekday:} that
 *     contradicts the date, a {@code source:} that is not in the body, an unknown campaign, two pages on one URL, an
 *     event id used twice, a focus week moved two ways, a broken theme</td></tr>
 * <tr><td>schema</td><td>warning / error</td><td>an unknown key of front matter, of an event, {@code signer},
 *     {@code focus_week} or {@code site.yaml} is a warning naming the closest known key ({@code tittle} →
 *     {@code title}, also from Vietnamese names: {@code tiêu_đề} → {@code title}, {@code địa_điểm} →
 *     {@code location}); a plan's document keys ({@code issuer}, {@code number}, …) outside {@code ke-hoach/} are a
 *     warning (ignored there); a value of the wrong kind is an error, every one of a file and not only the
 *     first</td></tr>
 * <tr><td>dates in the body</td><td>error / warning</td><td>the body is read with
 *     {@link vn.loa.dates.VietnameseDateReader} in the page's year (its {@code year:}, else the year of its
 *     {@code date:}, else the current year); an impossible date and a weekday that contradicts its date are errors on
 *     their line; when the date leaves its year out and the weekday is right for the year before or after, it is a
 *     warning asking to write the year</td></tr>
 * <tr><td>events and the focus week</td><td>warning</td><td>an event or a period of a campaign page must touch
 *     [week start − 45 days, week end + 45 days]; a deadline or a vague span, which may lead up to the week or report
 *     after it, [week start − 180 days, week end + 180 days]</td></tr>
 * <tr><td>dates missing from {@code events:}</td><td>warning</td><td>a day, period or deadline of the body inside
 *     the focus week (vague spans aside) that no event covers: a plan's own {@code events:}, or for a news post or
 *     page any event of the campaign year. A stated day is covered by an event that day, by the first or last day of
 *     a period or by a deadline that day, when their clock times or parts of the day agree (if both give one), not by
 *     the middle of a week-long period; a stated period by an event with the same bounds. The focus week itself is
 *     not an activity</td></tr>
 * <tr><td>events against their source</td><td>warning</td><td>the day (or clock time) in an event's
 *     {@code source:} differs from its {@code start}/{@code end}</td></tr>
 * <tr><td>links and files</td><td>error / warning</td><td>a Markdown or HTML link, an image, {@code image:} and a
 *     menu item of {@code site.yaml} must lead to a file of the built site (a page, a generated list or feed, a
 *     bundle file, a static file): otherwise a broken link (with the nearest page as a suggestion) or a missing
 *     attachment; also errors: a link to a draft, to a {@code .md} source, with other capitals than the file, above
 *     the site root, {@code www.…} without {@code https://}, and every address with a scheme other than
 *     {@code http}, {@code https}, {@code mailto}, {@code tel} ({@code javascript:}, {@code data:}, {@code file:});
 *     a warning: a page link without its closing {@code /}</td></tr>
 * <tr><td>text alternatives</td><td>warning</td><td>{@code ![](anh.jpg)}, {@code <img>} without {@code alt},
 *     {@code image:} without {@code image_alt} unless the body shows the picture with one</td></tr>
 * </table>
 *
 * <p>Drafts are loaded as the build loads them (so their load errors count); they get the other checks only with
 * {@code --drafts}.
 */
package vn.loa.check;
