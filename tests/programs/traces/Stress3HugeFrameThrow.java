// A method with 160 int locals all live at once (most spill to stack slots far from sp) calls a
// twelve-argument helper whose index argument is on the stack; the helper fails out of bounds.
// The stack walk must step over the outgoing argument area and the huge frame and find the
// caller's return address and the line of the call.
public class Stress3HugeFrameThrow {
    static int[] table = new int[16];

    static int helper(int a, int b, int c, int d, int e, int f, int g, int h, int i, int j, int k, int idx) {
        return table[idx] + a + b + c + d + e + f + g + h + i + j + k;
    }

    static int huge(int seed, int mode) {
        int v0 = seed * 3 + (mode ^ 0);
        int v1 = v0 * 40 + (mode ^ 919);
        int v2 = v1 * 77 + (mode ^ 838);
        int v3 = v2 * 23 + (mode ^ 757);
        int v4 = v3 * 60 + (mode ^ 676);
        int v5 = v4 * 6 + (mode ^ 595);
        int v6 = v5 * 43 + (mode ^ 514);
        int v7 = v6 * 80 + (mode ^ 433);
        int v8 = v7 * 26 + (mode ^ 352);
        int v9 = v8 * 63 + (mode ^ 271);
        int v10 = v9 * 9 + (mode ^ 190);
        int v11 = v10 * 46 + (mode ^ 109);
        int v12 = v11 * 83 + (mode ^ 28);
        int v13 = v12 * 29 + (mode ^ 947);
        int v14 = v13 * 66 + (mode ^ 866);
        int v15 = v14 * 12 + (mode ^ 785);
        int v16 = v15 * 49 + (mode ^ 704);
        int v17 = v16 * 86 + (mode ^ 623);
        int v18 = v17 * 32 + (mode ^ 542);
        int v19 = v18 * 69 + (mode ^ 461);
        int v20 = v19 * 15 + (mode ^ 380);
        int v21 = v20 * 52 + (mode ^ 299);
        int v22 = v21 * 89 + (mode ^ 218);
        int v23 = v22 * 35 + (mode ^ 137);
        int v24 = v23 * 72 + (mode ^ 56);
        int v25 = v24 * 18 + (mode ^ 975);
        int v26 = v25 * 55 + (mode ^ 894);
        int v27 = v26 * 92 + (mode ^ 813);
        int v28 = v27 * 38 + (mode ^ 732);
        int v29 = v28 * 75 + (mode ^ 651);
        int v30 = v29 * 21 + (mode ^ 570);
        int v31 = v30 * 58 + (mode ^ 489);
        int v32 = v31 * 4 + (mode ^ 408);
        int v33 = v32 * 41 + (mode ^ 327);
        int v34 = v33 * 78 + (mode ^ 246);
        int v35 = v34 * 24 + (mode ^ 165);
        int v36 = v35 * 61 + (mode ^ 84);
        int v37 = v36 * 7 + (mode ^ 3);
        int v38 = v37 * 44 + (mode ^ 922);
        int v39 = v38 * 81 + (mode ^ 841);
        int v40 = v39 * 27 + (mode ^ 760);
        int v41 = v40 * 64 + (mode ^ 679);
        int v42 = v41 * 10 + (mode ^ 598);
        int v43 = v42 * 47 + (mode ^ 517);
        int v44 = v43 * 84 + (mode ^ 436);
        int v45 = v44 * 30 + (mode ^ 355);
        int v46 = v45 * 67 + (mode ^ 274);
        int v47 = v46 * 13 + (mode ^ 193);
        int v48 = v47 * 50 + (mode ^ 112);
        int v49 = v48 * 87 + (mode ^ 31);
        int v50 = v49 * 33 + (mode ^ 950);
        int v51 = v50 * 70 + (mode ^ 869);
        int v52 = v51 * 16 + (mode ^ 788);
        int v53 = v52 * 53 + (mode ^ 707);
        int v54 = v53 * 90 + (mode ^ 626);
        int v55 = v54 * 36 + (mode ^ 545);
        int v56 = v55 * 73 + (mode ^ 464);
        int v57 = v56 * 19 + (mode ^ 383);
        int v58 = v57 * 56 + (mode ^ 302);
        int v59 = v58 * 93 + (mode ^ 221);
        int v60 = v59 * 39 + (mode ^ 140);
        int v61 = v60 * 76 + (mode ^ 59);
        int v62 = v61 * 22 + (mode ^ 978);
        int v63 = v62 * 59 + (mode ^ 897);
        int v64 = v63 * 5 + (mode ^ 816);
        int v65 = v64 * 42 + (mode ^ 735);
        int v66 = v65 * 79 + (mode ^ 654);
        int v67 = v66 * 25 + (mode ^ 573);
        int v68 = v67 * 62 + (mode ^ 492);
        int v69 = v68 * 8 + (mode ^ 411);
        int v70 = v69 * 45 + (mode ^ 330);
        int v71 = v70 * 82 + (mode ^ 249);
        int v72 = v71 * 28 + (mode ^ 168);
        int v73 = v72 * 65 + (mode ^ 87);
        int v74 = v73 * 11 + (mode ^ 6);
        int v75 = v74 * 48 + (mode ^ 925);
        int v76 = v75 * 85 + (mode ^ 844);
        int v77 = v76 * 31 + (mode ^ 763);
        int v78 = v77 * 68 + (mode ^ 682);
        int v79 = v78 * 14 + (mode ^ 601);
        int v80 = v79 * 51 + (mode ^ 520);
        int v81 = v80 * 88 + (mode ^ 439);
        int v82 = v81 * 34 + (mode ^ 358);
        int v83 = v82 * 71 + (mode ^ 277);
        int v84 = v83 * 17 + (mode ^ 196);
        int v85 = v84 * 54 + (mode ^ 115);
        int v86 = v85 * 91 + (mode ^ 34);
        int v87 = v86 * 37 + (mode ^ 953);
        int v88 = v87 * 74 + (mode ^ 872);
        int v89 = v88 * 20 + (mode ^ 791);
        int v90 = v89 * 57 + (mode ^ 710);
        int v91 = v90 * 3 + (mode ^ 629);
        int v92 = v91 * 40 + (mode ^ 548);
        int v93 = v92 * 77 + (mode ^ 467);
        int v94 = v93 * 23 + (mode ^ 386);
        int v95 = v94 * 60 + (mode ^ 305);
        int v96 = v95 * 6 + (mode ^ 224);
        int v97 = v96 * 43 + (mode ^ 143);
        int v98 = v97 * 80 + (mode ^ 62);
        int v99 = v98 * 26 + (mode ^ 981);
        int v100 = v99 * 63 + (mode ^ 900);
        int v101 = v100 * 9 + (mode ^ 819);
        int v102 = v101 * 46 + (mode ^ 738);
        int v103 = v102 * 83 + (mode ^ 657);
        int v104 = v103 * 29 + (mode ^ 576);
        int v105 = v104 * 66 + (mode ^ 495);
        int v106 = v105 * 12 + (mode ^ 414);
        int v107 = v106 * 49 + (mode ^ 333);
        int v108 = v107 * 86 + (mode ^ 252);
        int v109 = v108 * 32 + (mode ^ 171);
        int v110 = v109 * 69 + (mode ^ 90);
        int v111 = v110 * 15 + (mode ^ 9);
        int v112 = v111 * 52 + (mode ^ 928);
        int v113 = v112 * 89 + (mode ^ 847);
        int v114 = v113 * 35 + (mode ^ 766);
        int v115 = v114 * 72 + (mode ^ 685);
        int v116 = v115 * 18 + (mode ^ 604);
        int v117 = v116 * 55 + (mode ^ 523);
        int v118 = v117 * 92 + (mode ^ 442);
        int v119 = v118 * 38 + (mode ^ 361);
        int v120 = v119 * 75 + (mode ^ 280);
        int v121 = v120 * 21 + (mode ^ 199);
        int v122 = v121 * 58 + (mode ^ 118);
        int v123 = v122 * 4 + (mode ^ 37);
        int v124 = v123 * 41 + (mode ^ 956);
        int v125 = v124 * 78 + (mode ^ 875);
        int v126 = v125 * 24 + (mode ^ 794);
        int v127 = v126 * 61 + (mode ^ 713);
        int v128 = v127 * 7 + (mode ^ 632);
        int v129 = v128 * 44 + (mode ^ 551);
        int v130 = v129 * 81 + (mode ^ 470);
        int v131 = v130 * 27 + (mode ^ 389);
        int v132 = v131 * 64 + (mode ^ 308);
        int v133 = v132 * 10 + (mode ^ 227);
        int v134 = v133 * 47 + (mode ^ 146);
        int v135 = v134 * 84 + (mode ^ 65);
        int v136 = v135 * 30 + (mode ^ 984);
        int v137 = v136 * 67 + (mode ^ 903);
        int v138 = v137 * 13 + (mode ^ 822);
        int v139 = v138 * 50 + (mode ^ 741);
        int v140 = v139 * 87 + (mode ^ 660);
        int v141 = v140 * 33 + (mode ^ 579);
        int v142 = v141 * 70 + (mode ^ 498);
        int v143 = v142 * 16 + (mode ^ 417);
        int v144 = v143 * 53 + (mode ^ 336);
        int v145 = v144 * 90 + (mode ^ 255);
        int v146 = v145 * 36 + (mode ^ 174);
        int v147 = v146 * 73 + (mode ^ 93);
        int v148 = v147 * 19 + (mode ^ 12);
        int v149 = v148 * 56 + (mode ^ 931);
        int v150 = v149 * 93 + (mode ^ 850);
        int v151 = v150 * 39 + (mode ^ 769);
        int v152 = v151 * 76 + (mode ^ 688);
        int v153 = v152 * 22 + (mode ^ 607);
        int v154 = v153 * 59 + (mode ^ 526);
        int v155 = v154 * 5 + (mode ^ 445);
        int v156 = v155 * 42 + (mode ^ 364);
        int v157 = v156 * 79 + (mode ^ 283);
        int v158 = v157 * 25 + (mode ^ 202);
        int v159 = v158 * 62 + (mode ^ 121);
        int idx = (v0 & 7) + mode * 4;
        int r = helper(v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, idx);
        if (mode > 3) {
            r += table[(v150 & 1) + 16];
        }
        return r
                ^ v159 ^ v158 ^ v157 ^ v156 ^ v155 ^ v154 ^ v153 ^ v152 ^ v151 ^ v150
                ^ v149 ^ v148 ^ v147 ^ v146 ^ v145 ^ v144 ^ v143 ^ v142 ^ v141 ^ v140
                ^ v139 ^ v138 ^ v137 ^ v136 ^ v135 ^ v134 ^ v133 ^ v132 ^ v131 ^ v130
                ^ v129 ^ v128 ^ v127 ^ v126 ^ v125 ^ v124 ^ v123 ^ v122 ^ v121 ^ v120
                ^ v119 ^ v118 ^ v117 ^ v116 ^ v115 ^ v114 ^ v113 ^ v112 ^ v111 ^ v110
                ^ v109 ^ v108 ^ v107 ^ v106 ^ v105 ^ v104 ^ v103 ^ v102 ^ v101 ^ v100
                ^ v99 ^ v98 ^ v97 ^ v96 ^ v95 ^ v94 ^ v93 ^ v92 ^ v91 ^ v90
                ^ v89 ^ v88 ^ v87 ^ v86 ^ v85 ^ v84 ^ v83 ^ v82 ^ v81 ^ v80
                ^ v79 ^ v78 ^ v77 ^ v76 ^ v75 ^ v74 ^ v73 ^ v72 ^ v71 ^ v70
                ^ v69 ^ v68 ^ v67 ^ v66 ^ v65 ^ v64 ^ v63 ^ v62 ^ v61 ^ v60
                ^ v59 ^ v58 ^ v57 ^ v56 ^ v55 ^ v54 ^ v53 ^ v52 ^ v51 ^ v50
                ^ v49 ^ v48 ^ v47 ^ v46 ^ v45 ^ v44 ^ v43 ^ v42 ^ v41 ^ v40
                ^ v39 ^ v38 ^ v37 ^ v36 ^ v35 ^ v34 ^ v33 ^ v32 ^ v31 ^ v30
                ^ v29 ^ v28 ^ v27 ^ v26 ^ v25 ^ v24 ^ v23 ^ v22 ^ v21 ^ v20
                ^ v19 ^ v18 ^ v17 ^ v16 ^ v15 ^ v14 ^ v13 ^ v12 ^ v11 ^ v10
                ^ v9 ^ v8 ^ v7 ^ v6 ^ v5 ^ v4 ^ v3 ^ v2 ^ v1 ^ v0;
    }

    public static void main(String[] args) {
        System.out.println("mode 0 " + huge(3, 0));
        System.out.println("mode 1 " + huge(5, 1));
        System.out.println("mode 3 " + (huge(7, 3) != 1));
        System.out.println(huge(11, 4));
    }
}
