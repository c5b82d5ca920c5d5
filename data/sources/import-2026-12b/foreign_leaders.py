"""Third pass (2026-12-03): foreign heads of state and government that Vietnamese news names,
2006-2026, as tenures of the foreign titles the gazetteer knows (title:tong-thong, title:thu-tuong,
title:chu-tich / title:chu-tich-nuoc, title:quoc-vuong) with the country as the place.
Each row cites the page found with the page search that states it; where the day (or the whole
row) is not in what was read, `uncertain` says so. Appends to data/people.tsv, data/tenures.tsv
and data/sources/facts/third-pass-2026-12.tsv. Run once from the repository root."""
import unicodedata, re

S = {
 "US": "vi.wikipedia.org/wiki/Danh_sách_tổng_thống_Hoa_Kỳ",
 "USK": "kienthuc.net.vn/ho-so/le-tuyen-the-nham-chuc-tong-thong-my-tu-nam-1953-toi-nay-806041.html (inaugurations 20/1/2001, 20/1/2005, 20/1/2009, 20/1/2017)",
 "USP": "profilbaru.com/vi/Danh_sách_Tổng_thống_Hoa_Kỳ (Trump the 45th and 47th president)",
 "CNW": "extension.wikiwand.com/vi/Thủ_tướng_Cộng_hòa_Nhân_dân_Trung_Hoa (Lý Cường from 11 March 2023)",
 "CNX": "kiwix.lema.org/wikipedia_en_all_mini_2024-02/A/Xi–Li_Administration (Xi Jinping succeeded Hu Jintao, Li Keqiang succeeded Wen Jiabao; formed 15 March 2013; Li Keqiang's term ended 11 March 2023)",
 "CNC": "cs.wiki34.com/wiki/Primer_Ministro_de_China (Wen Jiabao 16 March 2003 - 15 March 2013)",
 "RU1": "big5.china.com.cn/photo/txt/2008-05/08/content_15109978_4.htm (Medvedev sworn in 7 May 2008; Putin sworn in 7 May 2000)",
 "RU2": "nvsk.vnanet.vn/print/ong-vladimir-putin-tro-lai-dien-kremli-44477.vna (Putin won the 4 March 2012 election, Medvedev became prime minister)",
 "RU3": "wikireact.com/el-primer-ministro-ruso/Russian_Prime_Minister (Mishustin prime minister from 16 January 2020; Medvedev's government resigned the day before)",
 "RU4": "theinfolist.com/html/ALL/s/P/Presidency_Of_Dmitry_Medvedev.html (Putin prime minister 2008-2012)",
 "JP": "vi.wikipedia.org/wiki/Danh_sách_Thủ_tướng_Nhật_Bản",
 "KR1": "wikimili.com/en/List_of_presidents_of_South_Korea_by_time_in_office (terms with days)",
 "KR2": "friendlywiki.com/article/index.php?title=President_of_South_Korea (Lee Jae-myung incumbent since 4 June 2025)",
 "LA1": "xanhx.vn/viet-nam-ewec/ong-thongloun-sisoulith-la-chu-tich-nuoc-lao-co-thu-tuong-moi-8109.html (the 9th National Assembly elects Thongloun president and Phankham prime minister)",
 "LA2": "fi.qaz.wiki/wiki/Prime_Minister_of_Laos (Phankham Viphavanh from 22 March 2021)",
 "LA3": "lite.baomoi.com/lao-co-thu-tuong-moi-c44693407.epi (30/12: Sonexay Siphandone replaces Phankham Viphavanh)",
 "LA4": "laotiantimes.com/2021/01/15/thongloun-sisoulith-elected-party-leader-at-11th-party-congress/ (Bounnhang party leader and president since 2016; Thongloun the current prime minister)",
 "KH1": "scandasia.com/hun-manet-officially-becomes-cambodia-pm/ (Hun Manet prime minister 22 August 2023)",
 "KH2": "vietnam.vn/en/quoc-vuong-campuchia-bo-nhiem-con-trai-ong-hun-sen-lam-thu-tuong-moi (Hun Sen prime minister since 1985; King Norodom Sihamoni)",
 "SG1": "nvsk.vnanet.vn/tan-thu-tuong-lawrence-wong-tuyen-the-nham-chuc-1-146118.vna (Lawrence Wong sworn in 15/5/2024)",
 "SG2": "plo.vn/ong-ly-hien-long-20-nam-thu-tuong-va-ca-cuoc-doi-duoc-nguoi-dan-singapore-doi-theo-post790793.html (Lý Hiển Long prime minister 20 years, handed over 15-5 [2024] to Lawrence Wong (Hoàng Tuần Tài))",
 "FR1": "simple.wikipedia.org/wiki/President_of_France (Macron since 14 May 2017)",
 "FR2": "thanhnien.vn/ong-macron-nham-chuc-tong-thong-phap-185664340.htm (Hollande hands over to Macron)",
 "UK1": "vi.wikipedia.org/wiki/Danh_sách_thủ_tướng_của_Nữ_vương_Elizabeth_II (Blair 1997-2007, Brown 2007-2010, Cameron 2010-2016, May 2016-2019, Johnson 2019-2022, Truss 2022)",
 "UK2": "trainghiemsong.vn/nhi-nguyet-tam-vuong/ (Truss prime minister 6 September - 25 October 2022, then Sunak)",
 "DE1": "bnews.vn/tan-thu-tuong-duc-tuyen-the-nham-chuc/372638.html (Merz sworn in 6/5 [2025], succeeding Olaf Scholz)",
 "DE2": "giaoducthoidai.vn/video-quan-doi-duc-danh-su-vinh-danh-dac-biet-cho-ba-angela-merkel-post524291.html (Scholz succeeds Merkel after 16 years, December 2021)",
 "AU1": "wiki.edu.vn/wiki/index.php?title=Thủ_tướng_Úc (list of prime ministers)",
 "AU2": "vietgiaitri.com/australia-co-thu-tuong-moi-20130630i836160 (Rudd sworn in 27-6 [2013]; first term December 2007 - June 2010)",
 "AU3": "ms.wikipedia.org/wiki/Perdana_Menteri_Australia (Albanese since 23 May 2022)",
 "AU4": "ms.m.wikipedia.org/wiki/Khas:MobileDiff/4418062 (Turnbull from 15 September 2015, Morrison from 24 August 2018)",
 "IN1": "masress.com/albawabh/601096 (Narendra Modi sworn in as India's 15th prime minister on 26 May 2014)",
 "IN2": "vietgiaitri.com/thu-tuong-an-do-narendra-modi-tuyen-the-nham-chuc-bat-dau-nhiem-ky-thu-3-20240610i7183069 (Modi's third term from 9/6/2024)",
 "PH1": "baoyenbai.com.vn/18/246366/Ong-Marcos-chinh-thuc-tro-thanh-tong-thong-thu-17-cua-Philippines.aspx (Marcos Jr sworn in 30/6/2022, succeeding Rodrigo Duterte)",
 "MY1": "todayonline.com/world/anwar-ibrahim-sworn-malaysias-10th-prime-minister-2055451 (Anwar Ibrahim sworn in 24 November 2022)",
 "TH1": "encycloreader.org/r/wikipedia.php?q=Prayut_Chan-o-cha (29th prime minister 24 August 2014 - 22 August 2023, succeeded by Srettha Thavisin; overthrew Yingluck Shinawatra in May 2014)",
 "TH2": "sggp.org.vn/thu-tuong-pham-minh-chinh-gui-thu-chuc-mung-tan-thu-tuong-thai-lan-post812179.html (Anutin Charnvirakul took office 7-9 [2025], the third prime minister in two years)",
 "UN1": "qpvn.vn/tin-video/ong-guterres-tai-dac-cu-nhiem-ky-2-tong-thu-ky-lien-hop-quoc.html (Guterres reappointed for a second term from 1/1/2022)",
 "UN2": "wentianwen.com/life/288696.html (Guterres Secretary-General from 1 January 2017)",
 "UN3": "amp.ren.tv/news/v-mire/133511-iz-premer-ministra-v-genseki-oon-biografiia-antoniu-guterrisha (Ban Ki-moon Secretary-General since 2007; Guterres from 1 January 2017)",
 "AS1": "infosekolah.net/en/Secretary-General_of_ASEAN (list with days: Surin Pitsuwan 2008-2012, Lê Lương Minh 2013-2017, Lim Jock Hoi 2018-2022, Kao Kim Hourn from 1 January 2023)",
 "CU1": "paraibaja.com.br/diaz-canel-e-eleito-novo-presidente-de-cuba-segundo-imprensa-oficial/ (Díaz-Canel elected president of Cuba on Thursday 19 [April 2018], replacing Raúl Castro after 12 years)",
 "CU2": "vietnamplus.vn/quoc-hoi-cuba-bau-ong-miguel-diazcanel-giu-chuc-chu-tich-nuoc/600084.vnp (Díaz-Canel elected Chủ tịch nước, the post restored by the 2019 constitution)",
 "CA1": "baolaocai.vn/tan-thu-tuong-canada-tuyen-the-nham-chuc-post398806.html (Mark Carney sworn in 14/3 [2025], succeeding Justin Trudeau after nearly 10 years)",
 "LA5": "fr.wikipedia.org/wiki/Choummaly_Sayasone (elected president 8 June 2006, re-elected 15 June 2011; Bounnhang elected president 20 April 2016)",
 "LA6": "da.frwiki.wiki/wiki/Bouasone_Bouphavanh (prime minister from 8 June 2006; stepped down December 2010, succeeded by Thongsing Thammavong)",
 "TH3": "j-cast.com/2016/12/02285094.html (Vajiralongkorn acceded 1 December 2016 after King Bhumibol's death in October 2016)",
 "TH4": "sarakadeelite.com/?p=4626 (King Bhumibol died 13 October 2016 after 70 years on the throne)",
 "MY2": "hirado.hu/kulfold/cikk/2024/01/31/feleskudott-az-uj-kiraly-malajziaban (Sultan Ibrahim sworn in as king 31 January 2024, succeeding Abdullah)",
 "BN1": "balita.mb.com.ph/2016/07/15/kaarawan-ni-hassanal-bolkiah (Sultan of Brunei since 5 October 1967)",
 "ID1": "baolaocai.vn/ong-prabowo-subianto-nham-chuc-tong-thong-indonesia-post392143.html (Prabowo sworn in 20/10 [2024], succeeding Joko Widodo)",
}
DAY = "day from the compiler's knowledge, not in the part of the page read"
MEM = "from the compiler's knowledge; the page cited was read only in part"
OPEN = "open end: in office as of the source; later changes not checked"
# name, aliases, post, title, place, from, to, sources, uncertain
ROWS = [
 ("George W. Bush", "", "Tổng thống Hoa Kỳ", "title:tong-thong", "nuoc:hoa-ky", "2001-01-20", "2009-01-20", ["USK", "US"], ""),
 ("Barack Obama", "", "Tổng thống Hoa Kỳ", "title:tong-thong", "nuoc:hoa-ky", "2009-01-20", "2017-01-20", ["USK", "US"], ""),
 ("Donald Trump", "", "Tổng thống Hoa Kỳ", "title:tong-thong", "nuoc:hoa-ky", "2017-01-20", "2021-01-20", ["USK", "USP"], "end: " + DAY),
 ("Joe Biden", "", "Tổng thống Hoa Kỳ", "title:tong-thong", "nuoc:hoa-ky", "2021-01-20", "2025-01-20", ["US"], MEM),
 ("Donald Trump", "", "Tổng thống Hoa Kỳ", "title:tong-thong", "nuoc:hoa-ky", "2025-01-20", "", ["USP"], "start: " + DAY + "; " + OPEN),
 ("Hồ Cẩm Đào", "", "Chủ tịch Trung Quốc", "title:chu-tich", "nuoc:trung-quoc", "2003-03-15", "2013-03-14", ["CNX"], "start: " + DAY + "; end = the day before the page's 2013-03-15 (NPC vote of 14 March from the compiler's knowledge)"),
 ("Hồ Cẩm Đào", "", "Chủ tịch nước Trung Quốc", "title:chu-tich-nuoc", "nuoc:trung-quoc", "2003-03-15", "2013-03-14", ["CNX"], "the same post written Chủ tịch nước; start: " + DAY),
 ("Tập Cận Bình", "", "Chủ tịch Trung Quốc", "title:chu-tich", "nuoc:trung-quoc", "2013-03-14", "", ["CNX"], "start: the page dates the administration from 2013-03-15; 14 March from the compiler's knowledge; " + OPEN),
 ("Tập Cận Bình", "", "Chủ tịch nước Trung Quốc", "title:chu-tich-nuoc", "nuoc:trung-quoc", "2013-03-14", "", ["CNX"], "the same post written Chủ tịch nước; " + OPEN),
 ("Ôn Gia Bảo", "", "Thủ tướng Trung Quốc", "title:thu-tuong", "nuoc:trung-quoc", "2003-03-16", "2013-03-15", ["CNC"], ""),
 ("Lý Khắc Cường", "", "Thủ tướng Trung Quốc", "title:thu-tuong", "nuoc:trung-quoc", "2013-03-15", "2023-03-11", ["CNX", "CNC"], "start: the other page says 16 March"),
 ("Lý Cường", "", "Thủ tướng Trung Quốc", "title:thu-tuong", "nuoc:trung-quoc", "2023-03-11", "", ["CNW", "CNX"], OPEN),
 ("Vladimir Putin", "", "Tổng thống Nga", "title:tong-thong", "nuoc:nga", "2000-05-07", "2008-05-07", ["RU1"], ""),
 ("Dmitry Medvedev", "", "Tổng thống Nga", "title:tong-thong", "nuoc:nga", "2008-05-07", "2012-05-07", ["RU1", "RU2"], "end: " + DAY),
 ("Vladimir Putin", "", "Tổng thống Nga", "title:tong-thong", "nuoc:nga", "2012-05-07", "", ["RU2"], "start: " + DAY + "; " + OPEN),
 ("Vladimir Putin", "", "Thủ tướng Nga", "title:thu-tuong", "nuoc:nga", "2008-05-08", "2012-05-07", ["RU4"], "days: " + DAY),
 ("Dmitry Medvedev", "", "Thủ tướng Nga", "title:thu-tuong", "nuoc:nga", "2012-05-08", "2020-01-15", ["RU2", "RU3"], "start: " + DAY),
 ("Mikhail Mishustin", "", "Thủ tướng Nga", "title:thu-tuong", "nuoc:nga", "2020-01-16", "", ["RU3"], OPEN),
 ("Shinzo Abe", "Abe Shinzo", "Thủ tướng Nhật Bản", "title:thu-tuong", "nuoc:nhat-ban", "2006-09-26", "2007-09-26", ["JP"], MEM),
 ("Yasuo Fukuda", "Fukuda Yasuo", "Thủ tướng Nhật Bản", "title:thu-tuong", "nuoc:nhat-ban", "2007-09-26", "2008-09-24", ["JP"], MEM),
 ("Taro Aso", "Aso Taro", "Thủ tướng Nhật Bản", "title:thu-tuong", "nuoc:nhat-ban", "2008-09-24", "2009-09-16", ["JP"], MEM),
 ("Yukio Hatoyama", "Hatoyama Yukio", "Thủ tướng Nhật Bản", "title:thu-tuong", "nuoc:nhat-ban", "2009-09-16", "2010-06-08", ["JP"], MEM),
 ("Naoto Kan", "Kan Naoto", "Thủ tướng Nhật Bản", "title:thu-tuong", "nuoc:nhat-ban", "2010-06-08", "2011-09-02", ["JP"], MEM),
 ("Yoshihiko Noda", "Noda Yoshihiko", "Thủ tướng Nhật Bản", "title:thu-tuong", "nuoc:nhat-ban", "2011-09-02", "2012-12-26", ["JP"], MEM),
 ("Shinzo Abe", "Abe Shinzo", "Thủ tướng Nhật Bản", "title:thu-tuong", "nuoc:nhat-ban", "2012-12-26", "2020-09-16", ["JP"], MEM),
 ("Yoshihide Suga", "Suga Yoshihide", "Thủ tướng Nhật Bản", "title:thu-tuong", "nuoc:nhat-ban", "2020-09-16", "2021-10-04", ["JP"], MEM),
 ("Fumio Kishida", "Kishida Fumio", "Thủ tướng Nhật Bản", "title:thu-tuong", "nuoc:nhat-ban", "2021-10-04", "2024-10-01", ["JP"], "the page names Kishida the current holder; days: " + MEM),
 ("Shigeru Ishiba", "Ishiba Shigeru", "Thủ tướng Nhật Bản", "title:thu-tuong", "nuoc:nhat-ban", "2024-10-01", "2025-10-21", ["JP"], MEM),
 ("Sanae Takaichi", "Takaichi Sanae", "Thủ tướng Nhật Bản", "title:thu-tuong", "nuoc:nhat-ban", "2025-10-21", "", ["JP"], MEM + "; " + OPEN),
 ("Roh Moo-hyun", "Roh Moo Hyun", "Tổng thống Hàn Quốc", "title:tong-thong", "nuoc:han-quoc", "2003-02-25", "2008-02-24", ["KR1"], ""),
 ("Lee Myung-bak", "Lee Myung Bak", "Tổng thống Hàn Quốc", "title:tong-thong", "nuoc:han-quoc", "2008-02-25", "2013-02-24", ["KR1"], ""),
 ("Park Geun-hye", "Park Geun Hye", "Tổng thống Hàn Quốc", "title:tong-thong", "nuoc:han-quoc", "2013-02-25", "2017-03-10", ["KR1"], ""),
 ("Moon Jae-in", "Moon Jae In", "Tổng thống Hàn Quốc", "title:tong-thong", "nuoc:han-quoc", "2017-05-10", "2022-05-09", ["KR1"], ""),
 ("Yoon Suk Yeol", "Yoon Suk-yeol", "Tổng thống Hàn Quốc", "title:tong-thong", "nuoc:han-quoc", "2022-05-10", "2025-04-04", ["KR1", "KR2"], "end (removal by the Constitutional Court): " + DAY + "; the pages give him incumbent in 2024 and Lee from 2025-06-04"),
 ("Lee Jae-myung", "Lee Jae Myung", "Tổng thống Hàn Quốc", "title:tong-thong", "nuoc:han-quoc", "2025-06-04", "", ["KR2"], OPEN),
 ("Bounnhang Vorachith", "Bounnhang Vorachit", "Chủ tịch nước Lào", "title:chu-tich-nuoc", "nuoc:lao", "2016-04-20", "2021-03-22", ["LA4", "LA1"], "days: " + DAY + " (the page: president since 2016; the 9th National Assembly elected his successor)"),
 ("Thongloun Sisoulith", "", "Chủ tịch nước Lào", "title:chu-tich-nuoc", "nuoc:lao", "2021-03-22", "", ["LA1", "LA2"], "start = the day the page gives for the new government; " + OPEN),
 ("Thongloun Sisoulith", "", "Thủ tướng Lào", "title:thu-tuong", "nuoc:lao", "2016-04-20", "2021-03-22", ["LA4", "LA2"], "start: " + DAY),
 ("Phankham Viphavanh", "", "Thủ tướng Lào", "title:thu-tuong", "nuoc:lao", "2021-03-22", "2022-12-30", ["LA2", "LA3"], "end year from the article's date (2022-12-30)"),
 ("Sonexay Siphandone", "", "Thủ tướng Lào", "title:thu-tuong", "nuoc:lao", "2022-12-30", "", ["LA3"], "year from the article's date; " + OPEN),
 ("Hun Sen", "", "Thủ tướng Campuchia", "title:thu-tuong", "nuoc:campuchia", "1985", "2023-08-22", ["KH2", "KH1"], "start year only"),
 ("Hun Manet", "", "Thủ tướng Campuchia", "title:thu-tuong", "nuoc:campuchia", "2023-08-22", "", ["KH1"], OPEN),
 ("Norodom Sihamoni", "", "Quốc vương Campuchia", "title:quoc-vuong", "nuoc:campuchia", "2004-10-29", "", ["KH2"], "start: " + DAY + "; " + OPEN),
 ("Lý Hiển Long", "Lee Hsien Loong", "Thủ tướng Singapore", "title:thu-tuong", "nuoc:singapore", "2004-08-12", "2024-05-15", ["SG2", "SG1"], "start: " + DAY + " (the page: 20 years)"),
 ("Lawrence Wong", "Hoàng Tuần Tài", "Thủ tướng Singapore", "title:thu-tuong", "nuoc:singapore", "2024-05-15", "", ["SG1", "SG2"], OPEN),
 ("Nicolas Sarkozy", "", "Tổng thống Pháp", "title:tong-thong", "nuoc:phap", "2007-05-16", "2012-05-15", ["FR1"], MEM),
 ("François Hollande", "", "Tổng thống Pháp", "title:tong-thong", "nuoc:phap", "2012-05-15", "2017-05-14", ["FR2", "FR1"], "start: " + DAY),
 ("Emmanuel Macron", "", "Tổng thống Pháp", "title:tong-thong", "nuoc:phap", "2017-05-14", "", ["FR1", "FR2"], OPEN),
 ("Tony Blair", "", "Thủ tướng Anh", "title:thu-tuong", "nuoc:anh", "1997-05-02", "2007-06-27", ["UK1"], "days: " + DAY),
 ("Gordon Brown", "", "Thủ tướng Anh", "title:thu-tuong", "nuoc:anh", "2007-06-27", "2010-05-11", ["UK1"], "days: " + DAY),
 ("David Cameron", "", "Thủ tướng Anh", "title:thu-tuong", "nuoc:anh", "2010-05-11", "2016-07-13", ["UK1"], "days: " + DAY),
 ("Theresa May", "", "Thủ tướng Anh", "title:thu-tuong", "nuoc:anh", "2016-07-13", "2019-07-24", ["UK1"], "days: " + DAY),
 ("Boris Johnson", "", "Thủ tướng Anh", "title:thu-tuong", "nuoc:anh", "2019-07-24", "2022-09-06", ["UK1", "UK2"], "start: " + DAY),
 ("Liz Truss", "", "Thủ tướng Anh", "title:thu-tuong", "nuoc:anh", "2022-09-06", "2022-10-25", ["UK2"], ""),
 ("Rishi Sunak", "", "Thủ tướng Anh", "title:thu-tuong", "nuoc:anh", "2022-10-25", "2024-07-05", ["UK2"], "end: " + DAY),
 ("Keir Starmer", "", "Thủ tướng Anh", "title:thu-tuong", "nuoc:anh", "2024-07-05", "", ["UK1"], MEM + "; " + OPEN),
 ("Angela Merkel", "", "Thủ tướng Đức", "title:thu-tuong", "nuoc:duc", "2005-11-22", "2021-12-08", ["DE2"], "days: " + DAY + " (the page: 16 years, Scholz succeeds her in December 2021)"),
 ("Olaf Scholz", "", "Thủ tướng Đức", "title:thu-tuong", "nuoc:duc", "2021-12-08", "2025-05-06", ["DE2", "DE1"], "start: " + DAY),
 ("Friedrich Merz", "", "Thủ tướng Đức", "title:thu-tuong", "nuoc:duc", "2025-05-06", "", ["DE1"], OPEN),
 ("John Howard", "", "Thủ tướng Úc", "title:thu-tuong", "nuoc:uc", "1996-03-11", "2007-12-03", ["AU1"], MEM),
 ("Kevin Rudd", "", "Thủ tướng Úc", "title:thu-tuong", "nuoc:uc", "2007-12-03", "2010-06-24", ["AU2", "AU1"], "days: " + DAY),
 ("Julia Gillard", "", "Thủ tướng Úc", "title:thu-tuong", "nuoc:uc", "2010-06-24", "2013-06-27", ["AU2", "AU1"], "start: " + DAY),
 ("Kevin Rudd", "", "Thủ tướng Úc", "title:thu-tuong", "nuoc:uc", "2013-06-27", "2013-09-18", ["AU2"], "end: " + DAY),
 ("Tony Abbott", "", "Thủ tướng Úc", "title:thu-tuong", "nuoc:uc", "2013-09-18", "2015-09-15", ["AU4", "AU1"], "start: " + DAY),
 ("Malcolm Turnbull", "", "Thủ tướng Úc", "title:thu-tuong", "nuoc:uc", "2015-09-15", "2018-08-24", ["AU4"], ""),
 ("Scott Morrison", "", "Thủ tướng Úc", "title:thu-tuong", "nuoc:uc", "2018-08-24", "2022-05-23", ["AU4", "AU3"], ""),
 ("Anthony Albanese", "", "Thủ tướng Úc", "title:thu-tuong", "nuoc:uc", "2022-05-23", "", ["AU3"], OPEN),
 ("Susilo Bambang Yudhoyono", "", "Tổng thống Indonesia", "title:tong-thong", "nuoc:indonesia", "2004-10-20", "2014-10-20", ["ID1"], MEM),
 ("Joko Widodo", "Jokowi", "Tổng thống Indonesia", "title:tong-thong", "nuoc:indonesia", "2014-10-20", "2024-10-20", ["ID1"], "start: " + DAY),
 ("Prabowo Subianto", "", "Tổng thống Indonesia", "title:tong-thong", "nuoc:indonesia", "2024-10-20", "", ["ID1"], OPEN),
 ("Manmohan Singh", "", "Thủ tướng Ấn Độ", "title:thu-tuong", "nuoc:an-do", "2004-05-22", "2014-05-26", ["IN1"], "start: " + DAY),
 ("Narendra Modi", "", "Thủ tướng Ấn Độ", "title:thu-tuong", "nuoc:an-do", "2014-05-26", "", ["IN1", "IN2"], OPEN),
 ("Rodrigo Duterte", "", "Tổng thống Philippines", "title:tong-thong", "nuoc:philippines", "2016-06-30", "2022-06-30", ["PH1"], "start: " + DAY),
 ("Ferdinand Marcos Jr.", "Ferdinand Marcos Jr|Bongbong Marcos", "Tổng thống Philippines", "title:tong-thong", "nuoc:philippines", "2022-06-30", "", ["PH1"], OPEN),
 ("Anwar Ibrahim", "", "Thủ tướng Malaysia", "title:thu-tuong", "nuoc:malaysia", "2022-11-24", "", ["MY1"], OPEN),
 ("Yingluck Shinawatra", "", "Thủ tướng Thái Lan", "title:thu-tuong", "nuoc:thai-lan", "2011-08-05", "2014-05-07", ["TH1"], MEM + " (the page: overthrown in the May 2014 coup)"),
 ("Prayut Chan-o-cha", "Prayuth Chan-ocha|Prayut Chan-ocha", "Thủ tướng Thái Lan", "title:thu-tuong", "nuoc:thai-lan", "2014-08-24", "2023-08-22", ["TH1"], ""),
 ("Srettha Thavisin", "", "Thủ tướng Thái Lan", "title:thu-tuong", "nuoc:thai-lan", "2023-08-22", "2024-08-14", ["TH1"], "end: " + DAY),
 ("Paetongtarn Shinawatra", "", "Thủ tướng Thái Lan", "title:thu-tuong", "nuoc:thai-lan", "2024-08-16", "2025-08-29", ["TH2"], MEM + " (suspended from 2025-07-01, removed 2025-08-29; the page: Anutin the third prime minister in two years)"),
 ("Anutin Charnvirakul", "", "Thủ tướng Thái Lan", "title:thu-tuong", "nuoc:thai-lan", "2025-09-07", "", ["TH2"], OPEN),
 ("Ban Ki-moon", "Ban Ki Moon", "Tổng Thư ký Liên hợp quốc", "title:tong-thu-ky", "org:lien-hop-quoc", "2007-01-01", "2016-12-31", ["UN3"], "days: " + DAY),
 ("António Guterres", "Antonio Guterres", "Tổng Thư ký Liên hợp quốc", "title:tong-thu-ky", "org:lien-hop-quoc", "2017-01-01", "", ["UN2", "UN1", "UN3"], OPEN),
 ("Surin Pitsuwan", "", "Tổng Thư ký ASEAN", "title:tong-thu-ky", "org:asean", "2008-01-01", "2012-12-31", ["AS1"], ""),
 ("Lê Lương Minh", "", "Tổng Thư ký ASEAN", "title:tong-thu-ky", "org:asean", "2013-01-01", "2017-12-31", ["AS1"], ""),
 ("Lim Jock Hoi", "", "Tổng Thư ký ASEAN", "title:tong-thu-ky", "org:asean", "2018-01-01", "2022-12-31", ["AS1"], ""),
 ("Kao Kim Hourn", "", "Tổng Thư ký ASEAN", "title:tong-thu-ky", "org:asean", "2023-01-01", "", ["AS1"], OPEN),
 ("Raúl Castro", "Raul Castro", "Chủ tịch Cuba", "title:chu-tich", "nuoc:cuba", "2008-02-24", "2018-04-19", ["CU1"], "start: " + DAY + " (the page: 12 years)"),
 ("Miguel Díaz-Canel", "Miguel Diaz-Canel|Miguel Díaz-Canel Bermúdez", "Chủ tịch Cuba", "title:chu-tich", "nuoc:cuba", "2018-04-19", "", ["CU1"], OPEN),
 ("Miguel Díaz-Canel", "Miguel Diaz-Canel|Miguel Díaz-Canel Bermúdez", "Chủ tịch nước Cuba", "title:chu-tich-nuoc", "nuoc:cuba", "2019-10-10", "", ["CU2"], "the post restored by the 2019 constitution; start: " + DAY + "; " + OPEN),
 ("Stephen Harper", "", "Thủ tướng Canada", "title:thu-tuong", "nuoc:canada", "2006-02-06", "2015-11-04", ["CA1"], MEM),
 ("Justin Trudeau", "", "Thủ tướng Canada", "title:thu-tuong", "nuoc:canada", "2015-11-04", "2025-03-14", ["CA1"], "start: " + DAY + " (the page: nearly 10 years)"),
 ("Mark Carney", "", "Thủ tướng Canada", "title:thu-tuong", "nuoc:canada", "2025-03-14", "", ["CA1"], OPEN),
 ("Choummaly Sayasone", "", "Chủ tịch nước Lào", "title:chu-tich-nuoc", "nuoc:lao", "2006-06-08", "2016-04-20", ["LA5"], ""),
 ("Bouasone Bouphavanh", "", "Thủ tướng Lào", "title:thu-tuong", "nuoc:lao", "2006-06-08", "2010-12", ["LA6"], "end month only"),
 ("Thongsing Thammavong", "", "Thủ tướng Lào", "title:thu-tuong", "nuoc:lao", "2010-12", "2016-04-20", ["LA6", "LA4"], "start month only; end = his successor's start in this table"),
 ("Bhumibol Adulyadej", "", "Quốc vương Thái Lan", "title:quoc-vuong", "nuoc:thai-lan", "1946", "2016-10-13", ["TH4"], "start year only (the page: 70 years)"),
 ("Maha Vajiralongkorn", "Vajiralongkorn", "Quốc vương Thái Lan", "title:quoc-vuong", "nuoc:thai-lan", "2016-12-01", "", ["TH3"], OPEN),
 ("Sultan Ibrahim Iskandar", "Ibrahim Iskandar", "Quốc vương Malaysia", "title:quoc-vuong", "nuoc:malaysia", "2024-01-31", "", ["MY2"], "five-year rotating term; " + OPEN),
 ("Sultan Abdullah", "Al-Sultan Abdullah|Abdullah Sultan Ahmad Shah", "Quốc vương Malaysia", "title:quoc-vuong", "nuoc:malaysia", "2019-01-31", "2024-01-30", ["MY2"], "start: " + DAY + "; end = the day before his successor's"),
 ("Hassanal Bolkiah", "", "Quốc vương Brunei", "title:quoc-vuong", "nuoc:brunei", "1967-10-05", "", ["BN1"], "start: 5 October per the page, 4 October per a copy of the vi.wikipedia article; " + OPEN),
]

def slug(name):
    s = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")

def main():
    people = open("data/people.tsv", encoding="utf-8").read().rstrip("\n").split("\n")
    ids = {l.split("\t")[0] for l in people}
    names_taken = {l.split("\t")[1] for l in people[1:]}
    tenures = open("data/tenures.tsv", encoding="utf-8").read().rstrip("\n").split("\n")
    facts = open("data/sources/facts/third-pass-2026-12.tsv", encoding="utf-8").read().rstrip("\n").split("\n")
    made = {}
    done = {l.split("\t")[0] + "\t" + l.split("\t")[1] + "\t" + l.split("\t")[5] for l in tenures[1:]}
    for name, aliases, post, title, place, frm, to, srcs, unc in ROWS:
        name = unicodedata.normalize("NFC", name)
        if "person:" + slug(name) + "\t" + post + "\t" + frm in done: continue
        if name not in made:
            pid = "person:" + slug(name)
            assert pid not in ids and name not in names_taken, (pid, name)
            ids.add(pid)
            made[name] = pid
            people.append("\t".join([pid, name, aliases, "", "facts/third-pass-2026-12.tsv; " + S[srcs[0]].split(" (")[0], ""]))
        pid = made[name]
        src = "facts/third-pass-2026-12.tsv; " + ", ".join(S[s].split(" (")[0] for s in srcs)
        body, where = (place, "") if place.startswith("org:") else ("", place)
        tenures.append("\t".join([pid, post, title, body, where, frm, to, src, unc]))
        facts.append("\t".join([pid, name, post, title, body, where, frm, to, unc, " ; ".join(S[s] for s in srcs)]))
    open("data/people.tsv", "w", encoding="utf-8").write("\n".join(people) + "\n")
    open("data/tenures.tsv", "w", encoding="utf-8").write("\n".join(tenures) + "\n")
    open("data/sources/facts/third-pass-2026-12.tsv", "w", encoding="utf-8").write("\n".join(facts) + "\n")
    print(len(made), "people", len(ROWS), "tenures")

main()
