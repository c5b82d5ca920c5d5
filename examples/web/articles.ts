// Real articles from the benchmark corpus (see benchmarks/corpus/README.md and SOURCES.tsv for their
// sources; the texts belong to their publishers), bundled into the demo as strings.
import a000 from "../000.txt";
import a001 from "../../benchmarks/corpus/raw/001.txt";
import a013 from "../../benchmarks/corpus/raw/013.txt";
import a020 from "../../benchmarks/corpus/raw/020.txt";
import a025 from "../../benchmarks/corpus/raw/025.txt";

export interface Article { id: string; title: string; date: string; source: string; text: string }

export const ARTICLES: Article[] = [
  { id: "000", title: "Hà Nội – Hải Dương hợp tác, trao tặng 3 tỷ đồng", date: "2017-06-09", source: "dangcongsan.vn", text: a000 },
  { id: "001", title: "Quốc hội bầu Chủ tịch Quốc hội", date: "2024-05-20", source: "vnexpress.net", text: a001 },
  { id: "013", title: "Hối lộ, cựu Bí thư Tỉnh ủy Bến Tre", date: "2024-08-27", source: "nld.com.vn", text: a013 },
  { id: "020", title: "Sáp nhập tỉnh 2025", date: "2025-02-24", source: "vnexpress.net", text: a020 },
  { id: "025", title: "Quốc hội miễn nhiệm hai Bộ trưởng", date: "2025-02-18", source: "nld.com.vn", text: a025 },
];
