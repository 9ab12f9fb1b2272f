"""Build set A: /work/main/pipeline-independent. Run with /work/main/.venv/bin/python build.py [stem...]"""
import importlib, os, subprocess, sys, shutil, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = "/work/main/corpus/heldout5/A"
sys.path.insert(0, HERE)
# stem -> final format
DOCS = {"a01_snv_bc": "docx", "a02_sgddt_bc": "pdf", "a03_skhcn_bc_t9": "pdf",
        "a04_skhcn_bc_t10": "docx", "a05_sct_bc": "pdf"}


def main(stems):
    os.makedirs(OUT, exist_ok=True)
    for stem in stems or DOCS:
        mod = importlib.import_module(stem)
        if DOCS[stem] == "docx":
            mod.build(os.path.join(OUT, stem + ".docx"))
        else:
            tmp = tempfile.mkdtemp(prefix="setA_")
            src = os.path.join(tmp, stem + ".docx")
            mod.build(src)
            subprocess.run(["/usr/bin/soffice", "-env:UserInstallation=file:///tmp/lo_A", "--headless",
                            "--convert-to", "pdf", "--outdir", OUT, src], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            shutil.rmtree(tmp)
        print("built", stem)


if __name__ == "__main__":
    main(sys.argv[1:])
