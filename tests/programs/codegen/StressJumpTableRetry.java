// A dense switch (jump table) in a method without calls whose body is larger than the reach of an
// unconditional branch (2 KiB): the back end first lays the method out without saving lr, finds a
// branch that needs the long form (bl, which clobbers lr) and lays it out again with lr saved. The
// jump table must be emitted once, not once per attempt (the assembler rejects a second definition
// of its label). Each case mixes the value with constants that need literal-pool loads.
public class StressJumpTableRetry {
    static int mix(int op, int x) {
        for (int round = 0; round < 3; round++) {
            switch ((op + round) & 15) {
                case 0:
                    x ^= x >>> 7; x = x * 139 + 815912490; x ^= x >>> 16; x ^= x >>> 26;
                    x += 192201118; x = x * 87 + 1016682482; x = x * 483 + 339709388; x = x * 439 + 218790675;
                    x = x * 477 + 556901840; x ^= x >>> 7; x ^= x >>> 15; x = x * 969 + 540302295;
                    x = Integer.rotateLeft(x, 14) ^ 87145347; x = Integer.rotateLeft(x, 20) ^ 6086211; x = x * 341 + 145831743; x ^= x >>> 15;
                    x ^= x >>> 23; x ^= x >>> 23; x ^= x >>> 14; x ^= x >>> 6;
                    x ^= x >>> 11; x ^= x >>> 4; x = x * 697 + 77727871; x = Integer.rotateLeft(x, 11) ^ 883010261;
                    break;
                case 1:
                    x ^= x >>> 27; x = Integer.rotateLeft(x, 24) ^ 920348923; x ^= x >>> 8; x += 113547118;
                    x ^= x >>> 26; x = Integer.rotateLeft(x, 31) ^ 86036105; x += 275106424; x ^= x >>> 28;
                    x = Integer.rotateLeft(x, 29) ^ 312332850; x = Integer.rotateLeft(x, 6) ^ 303107798; x = Integer.rotateLeft(x, 20) ^ 715951695; x = x * 203 + 407833786;
                    x ^= x >>> 23; x += 184317563; x ^= x >>> 24; x = x * 421 + 923960941;
                    x += 217430768; x = Integer.rotateLeft(x, 6) ^ 548806883; x = Integer.rotateLeft(x, 28) ^ 793415485; x += 672137660;
                    x += 1073246777; x += 1032014278; x += 672591819; x = Integer.rotateLeft(x, 28) ^ 852142573;
                    break;
                case 2:
                    x ^= x >>> 6; x = Integer.rotateLeft(x, 28) ^ 912919651; x += 767772697; x = Integer.rotateLeft(x, 28) ^ 955376835;
                    x = Integer.rotateLeft(x, 16) ^ 615036968; x = Integer.rotateLeft(x, 8) ^ 1070719097; x = x * 539 + 16549860; x += 4231432;
                    x ^= x >>> 19; x = x * 143 + 631513946; x ^= x >>> 8; x ^= x >>> 2;
                    x += 520401699; x ^= x >>> 3; x = x * 721 + 379763882; x ^= x >>> 4;
                    x = Integer.rotateLeft(x, 25) ^ 550543264; x ^= x >>> 28; x = Integer.rotateLeft(x, 11) ^ 869117115; x = Integer.rotateLeft(x, 4) ^ 157374070;
                    x ^= x >>> 17; x ^= x >>> 22; x = x * 583 + 476579506; x ^= x >>> 6;
                    break;
                case 3:
                    x = x * 795 + 476663361; x ^= x >>> 1; x += 306708441; x = x * 301 + 132720032;
                    x += 733960645; x = Integer.rotateLeft(x, 31) ^ 37116134; x = x * 837 + 290634543; x = Integer.rotateLeft(x, 24) ^ 429007341;
                    x = Integer.rotateLeft(x, 8) ^ 186997389; x = x * 59 + 227808473; x ^= x >>> 19; x = x * 137 + 966980380;
                    x ^= x >>> 6; x = Integer.rotateLeft(x, 17) ^ 425014672; x ^= x >>> 19; x ^= x >>> 20;
                    x = x * 241 + 787734408; x ^= x >>> 7; x += 266739197; x = x * 175 + 699514146;
                    x = Integer.rotateLeft(x, 22) ^ 756978261; x += 77827564; x = x * 789 + 606223867; x = x * 969 + 41060168;
                    break;
                case 4:
                    x += 288006334; x += 317111006; x += 417941659; x = x * 547 + 279579170;
                    x = Integer.rotateLeft(x, 3) ^ 896385078; x ^= x >>> 31; x ^= x >>> 25; x = x * 219 + 238498926;
                    x = x * 663 + 797813; x = Integer.rotateLeft(x, 16) ^ 454997765; x += 692157071; x = x * 831 + 125293503;
                    x += 666706882; x = Integer.rotateLeft(x, 15) ^ 714205950; x = Integer.rotateLeft(x, 9) ^ 83361771; x = Integer.rotateLeft(x, 16) ^ 820948051;
                    x ^= x >>> 30; x = x * 623 + 744820490; x += 832303553; x = x * 467 + 797467712;
                    x = Integer.rotateLeft(x, 5) ^ 926050058; x = x * 199 + 454586533; x = x * 23 + 130313359; x += 891587961;
                    break;
                case 5:
                    x += 879344305; x ^= x >>> 14; x += 678401420; x ^= x >>> 10;
                    x = x * 775 + 294341494; x = Integer.rotateLeft(x, 29) ^ 312198768; x = Integer.rotateLeft(x, 17) ^ 329243828; x += 681309290;
                    x ^= x >>> 11; x = Integer.rotateLeft(x, 3) ^ 243519524; x = Integer.rotateLeft(x, 11) ^ 778375220; x = Integer.rotateLeft(x, 14) ^ 94943918;
                    x = x * 471 + 114523253; x += 205801126; x ^= x >>> 6; x ^= x >>> 4;
                    x += 541096869; x ^= x >>> 20; x ^= x >>> 11; x = Integer.rotateLeft(x, 21) ^ 561698662;
                    x ^= x >>> 31; x = x * 749 + 556083373; x = Integer.rotateLeft(x, 5) ^ 137774718; x += 343129597;
                    break;
                case 6:
                    x = x * 857 + 389686462; x += 35351568; x = x * 437 + 213313112; x = Integer.rotateLeft(x, 18) ^ 584970491;
                    x += 894152703; x ^= x >>> 7; x += 105875469; x += 254362301;
                    x ^= x >>> 14; x = x * 297 + 1041610354; x = Integer.rotateLeft(x, 5) ^ 265154944; x = Integer.rotateLeft(x, 10) ^ 466232563;
                    x = Integer.rotateLeft(x, 1) ^ 962337381; x += 71184004; x = Integer.rotateLeft(x, 2) ^ 136220928; x ^= x >>> 3;
                    x = x * 991 + 690386046; x = x * 69 + 16131509; x = Integer.rotateLeft(x, 25) ^ 491945904; x ^= x >>> 1;
                    x ^= x >>> 21; x += 867175283; x = x * 857 + 653694423; x = Integer.rotateLeft(x, 22) ^ 267540868;
                    break;
                case 7:
                    x ^= x >>> 31; x = x * 295 + 616200387; x ^= x >>> 19; x += 726550218;
                    x += 417856492; x ^= x >>> 10; x ^= x >>> 1; x = x * 929 + 724060961;
                    x += 238787067; x += 173248769; x = Integer.rotateLeft(x, 18) ^ 497850398; x ^= x >>> 27;
                    x = Integer.rotateLeft(x, 20) ^ 51812071; x = Integer.rotateLeft(x, 26) ^ 1027668544; x += 851877909; x ^= x >>> 18;
                    x ^= x >>> 3; x = Integer.rotateLeft(x, 8) ^ 764752411; x = x * 985 + 1024196250; x ^= x >>> 3;
                    x = x * 749 + 1047888353; x = Integer.rotateLeft(x, 21) ^ 460267369; x ^= x >>> 24; x = Integer.rotateLeft(x, 27) ^ 145825740;
                    break;
                case 8:
                    x = Integer.rotateLeft(x, 22) ^ 556931707; x = Integer.rotateLeft(x, 15) ^ 659976326; x = Integer.rotateLeft(x, 31) ^ 988153834; x = Integer.rotateLeft(x, 1) ^ 409092110;
                    x ^= x >>> 11; x = Integer.rotateLeft(x, 30) ^ 976734150; x = x * 977 + 580889399; x ^= x >>> 24;
                    x = x * 793 + 825733029; x ^= x >>> 25; x = x * 965 + 647835522; x += 511389747;
                    x = x * 359 + 981887952; x = x * 665 + 485183273; x = Integer.rotateLeft(x, 7) ^ 857302048; x += 828533794;
                    x += 726380949; x = Integer.rotateLeft(x, 16) ^ 15640204; x = x * 33 + 273793596; x += 456054291;
                    x += 756704757; x += 364096081; x += 1019370877; x += 888923372;
                    break;
                case 9:
                    x = Integer.rotateLeft(x, 3) ^ 94270335; x += 731060496; x ^= x >>> 11; x = Integer.rotateLeft(x, 9) ^ 862215936;
                    x += 7770868; x ^= x >>> 9; x = x * 177 + 942685292; x += 35370897;
                    x += 146985460; x = x * 595 + 277968507; x = x * 257 + 272008517; x ^= x >>> 6;
                    x ^= x >>> 13; x += 875267547; x ^= x >>> 28; x ^= x >>> 10;
                    x = x * 899 + 365060960; x ^= x >>> 23; x = x * 281 + 925321945; x = x * 177 + 16866930;
                    x += 923746120; x = x * 801 + 402293303; x += 210390673; x += 186915892;
                    break;
                case 10:
                    x = x * 617 + 45859638; x = Integer.rotateLeft(x, 21) ^ 252761267; x ^= x >>> 28; x ^= x >>> 6;
                    x = x * 209 + 139984196; x ^= x >>> 31; x = x * 217 + 894574799; x += 728354961;
                    x = Integer.rotateLeft(x, 15) ^ 139489229; x ^= x >>> 30; x ^= x >>> 20; x ^= x >>> 29;
                    x = Integer.rotateLeft(x, 17) ^ 628748951; x = Integer.rotateLeft(x, 1) ^ 302840239; x = x * 193 + 720566116; x += 809139128;
                    x = Integer.rotateLeft(x, 21) ^ 838172523; x += 497321865; x += 225207553; x = Integer.rotateLeft(x, 4) ^ 785532299;
                    x += 510865608; x += 966144470; x += 493144569; x += 406824753;
                    break;
                case 11:
                    x ^= x >>> 5; x = x * 553 + 399454682; x = Integer.rotateLeft(x, 14) ^ 327487433; x = x * 799 + 627289663;
                    x += 621001828; x = x * 253 + 370174818; x ^= x >>> 4; x ^= x >>> 29;
                    x = Integer.rotateLeft(x, 10) ^ 234545234; x = x * 841 + 718417197; x ^= x >>> 19; x = Integer.rotateLeft(x, 5) ^ 224726452;
                    x = x * 917 + 320262066; x = x * 851 + 355903714; x ^= x >>> 8; x = Integer.rotateLeft(x, 11) ^ 629929059;
                    x = Integer.rotateLeft(x, 24) ^ 183414819; x = Integer.rotateLeft(x, 14) ^ 498388141; x = x * 261 + 947260519; x = x * 639 + 552800368;
                    x ^= x >>> 29; x = Integer.rotateLeft(x, 28) ^ 672952038; x = Integer.rotateLeft(x, 3) ^ 266469489; x += 240896201;
                    break;
                case 12:
                    x = Integer.rotateLeft(x, 19) ^ 679852534; x ^= x >>> 7; x += 576271837; x += 507422855;
                    x ^= x >>> 13; x = x * 959 + 1073373328; x += 798200391; x = Integer.rotateLeft(x, 24) ^ 48651892;
                    x = Integer.rotateLeft(x, 30) ^ 680502651; x = Integer.rotateLeft(x, 9) ^ 613891772; x ^= x >>> 19; x ^= x >>> 3;
                    x = Integer.rotateLeft(x, 11) ^ 125925301; x ^= x >>> 15; x ^= x >>> 17; x ^= x >>> 30;
                    x ^= x >>> 9; x = x * 395 + 475245720; x = x * 531 + 536482300; x += 693349245;
                    x = x * 15 + 37975; x = Integer.rotateLeft(x, 28) ^ 957779606; x = x * 739 + 956318267; x ^= x >>> 23;
                    break;
                case 13:
                    x = Integer.rotateLeft(x, 18) ^ 378134724; x += 1005930326; x += 262828126; x = x * 103 + 571189361;
                    x ^= x >>> 4; x = x * 161 + 797479992; x = Integer.rotateLeft(x, 29) ^ 903240702; x = Integer.rotateLeft(x, 19) ^ 819583319;
                    x += 689747741; x = x * 915 + 1073103546; x ^= x >>> 6; x = Integer.rotateLeft(x, 7) ^ 953816064;
                    x += 212268245; x = x * 319 + 876320378; x ^= x >>> 2; x = x * 311 + 326765115;
                    x ^= x >>> 26; x ^= x >>> 23; x += 779535415; x += 480501890;
                    x += 835480809; x += 954946596; x = x * 975 + 57886936; x = x * 943 + 900920846;
                    break;
                case 14:
                    x = Integer.rotateLeft(x, 8) ^ 374953772; x ^= x >>> 14; x += 490584720; x ^= x >>> 28;
                    x += 687632332; x += 993283653; x += 322686772; x = x * 211 + 279341079;
                    x = Integer.rotateLeft(x, 19) ^ 207829451; x = Integer.rotateLeft(x, 13) ^ 189104429; x = x * 101 + 1058915854; x ^= x >>> 16;
                    x ^= x >>> 2; x += 736339176; x = Integer.rotateLeft(x, 4) ^ 129616550; x = x * 179 + 949417609;
                    x ^= x >>> 18; x = x * 733 + 1071668829; x += 123347214; x ^= x >>> 13;
                    x = x * 335 + 310199805; x = x * 589 + 433083416; x += 942042672; x += 1006793224;
                    break;
                case 15:
                    x += 516064283; x ^= x >>> 25; x ^= x >>> 9; x = Integer.rotateLeft(x, 6) ^ 857474293;
                    x += 15357625; x = Integer.rotateLeft(x, 1) ^ 56071027; x = Integer.rotateLeft(x, 11) ^ 706706445; x = x * 129 + 577264291;
                    x = x * 443 + 485634108; x = x * 809 + 520032155; x = x * 53 + 423463488; x += 965844923;
                    x = x * 681 + 549094005; x ^= x >>> 23; x = Integer.rotateLeft(x, 1) ^ 479771904; x = x * 605 + 727344958;
                    x = x * 59 + 421465460; x = Integer.rotateLeft(x, 28) ^ 493548784; x = x * 197 + 1057134612; x = x * 175 + 324419236;
                    x = x * 61 + 1010274246; x = x * 867 + 568998700; x ^= x >>> 5; x = Integer.rotateLeft(x, 5) ^ 742749463;
                    break;
                default:
                    x = -x;
            }
        }
        return x;
    }

    public static void main(String[] args) {
        int h = 0;
        for (int op = -2; op < 18; op++) {
            int r = mix(op, op * 1000 + 1);
            h = h * 31 + r;
            System.out.println("op " + op + " -> " + r);
        }
        System.out.println("hash " + h);
    }
}
