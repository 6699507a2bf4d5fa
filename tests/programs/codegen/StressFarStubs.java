// Check stubs in a method of more than 4 KiB: bounds, null and divisor checks spread over the whole
// body, so each conditional branch to a failure stub (reach: 256 bytes) needs a stub copy nearby.
// The values are printed in each round; in the last round an index computed from the data reaches
// past the end, and the out-of-bounds report must name the right index and length.
public class StressFarStubs {
    static int[] a = new int[9];
    static int[] b = new int[13];
    static int round(int x, int y, int k) {
        b[(x >>> 14) % 13] ^= y + 740631898;
        if (x > 579820343) y ^= b[(y & 0x7fffffff) % 13]; else x -= a[k & 7];
        if (x > 1474370331) y ^= b[(y & 0x7fffffff) % 13]; else x -= a[k & 7];
        if (x > 53499151) y ^= b[(y & 0x7fffffff) % 13]; else x -= a[k & 7];
        x = Integer.rotateLeft(x, 17) + (y >> 8) + 846542132;
        x += a[(y ^ 14) & 7] * 48933;
        x = Integer.rotateLeft(x, 14) + (y >> 3) + 155609220;
        b[(x >>> 8) % 13] ^= y + 745089642;
        x += a[(y ^ 447) & 7] * 97121;
        if (x > 497744153) y ^= b[(y & 0x7fffffff) % 13]; else x -= a[k & 7];
        x += a[(y ^ 979) & 7] * 43413;
        x = Integer.rotateLeft(x, 16) + (y >> 4) + 696661372;
        y = y * 26 + x / ((k & 40) + 2);
        x += a[(y ^ 828) & 7] * 2862;
        if (x > 981219957) y ^= b[(y & 0x7fffffff) % 13]; else x -= a[k & 7];
        if (x > -65697356) y ^= b[(y & 0x7fffffff) % 13]; else x -= a[k & 7];
        b[(x >>> 22) % 13] ^= y + 39878594;
        if (x > -1138741328) y ^= b[(y & 0x7fffffff) % 13]; else x -= a[k & 7];
        b[(x >>> 7) % 13] ^= y + 723481478;
        x = Integer.rotateLeft(x, 24) + (y >> 3) + 131509911;
        x = Integer.rotateLeft(x, 16) + (y >> 18) + 888004207;
        if (x > -1283854098) y ^= b[(y & 0x7fffffff) % 13]; else x -= a[k & 7];
        b[(x >>> 18) % 13] ^= y + 439806769;
        y = y * 376 + x / ((k & 245) + 8);
        x = Integer.rotateLeft(x, 13) + (y >> 11) + 1068204540;
        if (x > -487078151) y ^= b[(y & 0x7fffffff) % 13]; else x -= a[k & 7];
        x += a[(y ^ 854) & 7] * 12524;
        b[(x >>> 23) % 13] ^= y + 768797259;
        if (x > -2135320338) y ^= b[(y & 0x7fffffff) % 13]; else x -= a[k & 7];
        x += a[(y ^ 563) & 7] * 78861;
        x = Integer.rotateLeft(x, 8) + (y >> 19) + 653803191;
        y = y * 572 + x / ((k & 251) + 2);
        b[(x >>> 22) % 13] ^= y + 182635029;
        y = y * 856 + x / ((k & 238) + 6);
        y = y * 783 + x / ((k & 153) + 5);
        b[(x >>> 4) % 13] ^= y + 181132398;
        x += a[(y ^ 945) & 7] * 23108;
        if (x > -537405399) y ^= b[(y & 0x7fffffff) % 13]; else x -= a[k & 7];
        x += a[(y ^ 692) & 7] * 68413;
        b[(x >>> 14) % 13] ^= y + 985463152;
        b[(x >>> 24) % 13] ^= y + 634065032;
        x += a[(y ^ 904) & 7] * 45730;
        if (x > 26344940) y ^= b[(y & 0x7fffffff) % 13]; else x -= a[k & 7];
        b[(x >>> 8) % 13] ^= y + 174260613;
        x = Integer.rotateLeft(x, 3) + (y >> 15) + 864665025;
        if (x > -72271734) y ^= b[(y & 0x7fffffff) % 13]; else x -= a[k & 7];
        y = y * 56 + x / ((k & 219) + 5);
        y = y * 38 + x / ((k & 108) + 4);
        b[(x >>> 13) % 13] ^= y + 74573027;
        y = y * 663 + x / ((k & 231) + 3);
        b[(x >>> 24) % 13] ^= y + 782190550;
        if (x > -1935303201) y ^= b[(y & 0x7fffffff) % 13]; else x -= a[k & 7];
        b[(x >>> 21) % 13] ^= y + 564388852;
        if (x > 1452831962) y ^= b[(y & 0x7fffffff) % 13]; else x -= a[k & 7];
        b[(x >>> 12) % 13] ^= y + 645701154;
        if (x > -99432221) y ^= b[(y & 0x7fffffff) % 13]; else x -= a[k & 7];
        b[(x >>> 18) % 13] ^= y + 631803380;
        y = y * 145 + x / ((k & 197) + 1);
        if (x > 795852018) y ^= b[(y & 0x7fffffff) % 13]; else x -= a[k & 7];
        x += a[(y ^ 270) & 7] * 78115;
        y = y * 662 + x / ((k & 64) + 7);
        y = y * 702 + x / ((k & 104) + 3);
        b[(x >>> 5) % 13] ^= y + 101833037;
        if (x > -1744019440) y ^= b[(y & 0x7fffffff) % 13]; else x -= a[k & 7];
        x += a[(y ^ 657) & 7] * 58870;
        b[(x >>> 3) % 13] ^= y + 931295415;
        x += a[(y ^ 671) & 7] * 37175;
        b[(x >>> 10) % 13] ^= y + 578380583;
        y = y * 408 + x / ((k & 127) + 4);
        x = Integer.rotateLeft(x, 6) + (y >> 6) + 197507689;
        if (x > 1104047737) y ^= b[(y & 0x7fffffff) % 13]; else x -= a[k & 7];
        x = Integer.rotateLeft(x, 23) + (y >> 17) + 938309972;
        x += a[(y ^ 809) & 7] * 1325;
        if (x > -1874790053) y ^= b[(y & 0x7fffffff) % 13]; else x -= a[k & 7];
        x = Integer.rotateLeft(x, 6) + (y >> 8) + 271555994;
        x = Integer.rotateLeft(x, 11) + (y >> 2) + 262756787;
        if (x > -1476723674) y ^= b[(y & 0x7fffffff) % 13]; else x -= a[k & 7];
        y = y * 840 + x / ((k & 129) + 9);
        if (x > 434562815) y ^= b[(y & 0x7fffffff) % 13]; else x -= a[k & 7];
        x = Integer.rotateLeft(x, 20) + (y >> 11) + 1038428182;
        x = Integer.rotateLeft(x, 10) + (y >> 10) + 751025527;
        x = Integer.rotateLeft(x, 17) + (y >> 18) + 203530757;
        x += a[(y ^ 631) & 7] * 42995;
        b[(x >>> 12) % 13] ^= y + 70131658;
        y = y * 676 + x / ((k & 255) + 7);
        x += a[(y ^ 888) & 7] * 10275;
        x += a[(y ^ 641) & 7] * 99903;
        if (x > 1920068310) y ^= b[(y & 0x7fffffff) % 13]; else x -= a[k & 7];
        if (x > 55864436) y ^= b[(y & 0x7fffffff) % 13]; else x -= a[k & 7];
        if (x > -1845314689) y ^= b[(y & 0x7fffffff) % 13]; else x -= a[k & 7];
        x += a[(y ^ 49) & 7] * 87004;
        if (x > -1966923237) y ^= b[(y & 0x7fffffff) % 13]; else x -= a[k & 7];
        y = y * 724 + x / ((k & 151) + 7);
        if (x > -1131994539) y ^= b[(y & 0x7fffffff) % 13]; else x -= a[k & 7];
        if (x > -740886690) y ^= b[(y & 0x7fffffff) % 13]; else x -= a[k & 7];
        b[(x >>> 21) % 13] ^= y + 982117808;
        x += a[(y ^ 38) & 7] * 63176;
        b[(x >>> 16) % 13] ^= y + 400535739;
        x = Integer.rotateLeft(x, 29) + (y >> 7) + 836998614;
        if (x > 785873020) y ^= b[(y & 0x7fffffff) % 13]; else x -= a[k & 7];
        b[(x >>> 16) % 13] ^= y + 984276791;
        if (x > -489829862) y ^= b[(y & 0x7fffffff) % 13]; else x -= a[k & 7];
        x = Integer.rotateLeft(x, 13) + (y >> 17) + 1034770194;
        x += a[(y ^ 165) & 7] * 41275;
        b[(x >>> 10) % 13] ^= y + 940236382;
        if (x > 929504758) y ^= b[(y & 0x7fffffff) % 13]; else x -= a[k & 7];
        x += a[(y ^ 566) & 7] * 23279;
        x += a[(y ^ 534) & 7] * 39962;
        x = Integer.rotateLeft(x, 31) + (y >> 13) + 797098441;
        if (x > 2074501307) y ^= b[(y & 0x7fffffff) % 13]; else x -= a[k & 7];
        int idx = (k & 15) == 15 ? 9 : k & 7;
        a[idx] = x ^ y;
        return x + y;
    }

    public static void main(String[] args) {
        int s = 0;
        for (int k = 0; k < 16; k++) {
            s = round(s, k * 7919, k);
            int h = 0;
            for (int i = 0; i < b.length; i++) h = h * 31 + b[i];
            System.out.println(k + " " + s + " " + h);
        }
    }
}
