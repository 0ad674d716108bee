/**
 * Topics from arXiv category codes. Cards and feeds show the code without its archive (`DC` for
 * cs.DC); codes from other archives may appear in full (`eess.IV`, `stat.ML`). Names follow the
 * arXiv category taxonomy (https://arxiv.org/category_taxonomy).
 */

/** arXiv name of each computer-science category, keyed by the code dumps show. */
const CS_CATEGORIES: Record<string, string> = {
  AI: "Artificial Intelligence",
  AR: "Hardware Architecture",
  CC: "Computational Complexity",
  CE: "Computational Engineering, Finance, and Science",
  CG: "Computational Geometry",
  CL: "Computation and Language",
  CR: "Cryptography and Security",
  CV: "Computer Vision and Pattern Recognition",
  CY: "Computers and Society",
  DB: "Databases",
  DC: "Distributed, Parallel, and Cluster Computing",
  DL: "Digital Libraries",
  DM: "Discrete Mathematics",
  DS: "Data Structures and Algorithms",
  ET: "Emerging Technologies",
  FL: "Formal Languages and Automata Theory",
  GL: "General Literature",
  GR: "Graphics",
  GT: "Computer Science and Game Theory",
  HC: "Human-Computer Interaction",
  IR: "Information Retrieval",
  IT: "Information Theory",
  LG: "Machine Learning",
  LO: "Logic in Computer Science",
  MA: "Multiagent Systems",
  MM: "Multimedia",
  MS: "Mathematical Software",
  NA: "Numerical Analysis",
  NE: "Neural and Evolutionary Computing",
  NI: "Networking and Internet Architecture",
  OH: "Other Computer Science",
  OS: "Operating Systems",
  PF: "Performance",
  PL: "Programming Languages",
  RO: "Robotics",
  SC: "Symbolic Computation",
  SD: "Sound",
  SE: "Software Engineering",
  SI: "Social and Information Networks",
  SY: "Systems and Control",
};

/** Names of frequent non-cs categories, keyed by their full arXiv code. */
const OTHER_CATEGORIES: Record<string, string> = {
  "eess.AS": "Audio and Speech Processing",
  "eess.IV": "Image and Video Processing",
  "eess.SP": "Signal Processing",
  "eess.SY": "Systems and Control",
  "stat.ML": "Machine Learning (Statistics)",
  "stat.ME": "Methodology",
  "stat.AP": "Applications (Statistics)",
  "math.OC": "Optimization and Control",
  "math.NA": "Numerical Analysis (Mathematics)",
  "math.ST": "Statistics Theory",
  "math.PR": "Probability",
  "math.CO": "Combinatorics",
  "math.IT": "Information Theory (Mathematics)",
  "q-bio.NC": "Neurons and Cognition",
  "q-bio.QM": "Quantitative Methods",
  "q-fin.CP": "Computational Finance",
  "q-fin.ST": "Statistical Finance",
  "physics.comp-ph": "Computational Physics",
  "physics.soc-ph": "Physics and Society",
  "physics.optics": "Optics",
  "quant-ph": "Quantum Physics",
  "cond-mat.mtrl-sci": "Materials Science",
  "cond-mat.dis-nn": "Disordered Systems and Neural Networks",
  "astro-ph.IM": "Instrumentation and Methods for Astrophysics",
  "econ.EM": "Econometrics",
  "econ.GN": "General Economics",
  "econ.TH": "Theoretical Economics",
  "hep-ph": "High Energy Physics - Phenomenology",
  "hep-ex": "High Energy Physics - Experiment",
  "gr-qc": "General Relativity and Quantum Cosmology",
};

/** Name of a category code, and whether the code is in the taxonomy table. */
export function topicName(code: string): { name: string; known: boolean } {
  const name = CS_CATEGORIES[code] ?? CS_CATEGORIES[code.replace(/^cs\./, "")] ?? OTHER_CATEGORIES[code];
  return name === undefined ? { name: code, known: false } : { name, known: true };
}

/** The code a dump shows for an arXiv category (`cs.DC` → `DC`, others unchanged). */
export function displayCode(arxivCategory: string): string {
  return arxivCategory.startsWith("cs.") ? arxivCategory.slice(3) : arxivCategory;
}
