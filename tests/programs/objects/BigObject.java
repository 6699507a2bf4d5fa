// An object with 40 int fields, 36 sub-word fields and 20 references: offsets beyond the reach of
// Thumb's immediate-offset loads and stores (31 bytes for ldrb, 62 for ldrh, 124 for ldr) take
// the register-offset forms; sign and zero extension of byte, short and char fields at any offset.
public class BigObject {
    static class Big {
        int i0 = 0;
        int i1 = 7;
        int i2 = 14;
        int i3 = 21;
        int i4 = 28;
        int i5 = 35;
        int i6 = 42;
        int i7 = 49;
        int i8 = 56;
        int i9 = 63;
        int i10 = 70;
        int i11 = 77;
        int i12 = 84;
        int i13 = 91;
        int i14 = 98;
        int i15 = 105;
        int i16 = 112;
        int i17 = 119;
        int i18 = 126;
        int i19 = 133;
        int i20 = 140;
        int i21 = 147;
        int i22 = 154;
        int i23 = 161;
        int i24 = 168;
        int i25 = 175;
        int i26 = 182;
        int i27 = 189;
        int i28 = 196;
        int i29 = 203;
        int i30 = 210;
        int i31 = 217;
        int i32 = 224;
        int i33 = 231;
        int i34 = 238;
        int i35 = 245;
        int i36 = 252;
        int i37 = 259;
        int i38 = 266;
        int i39 = 273;
        byte b0 = (byte) -100; short s0 = (short) -30000; char c0 = 'A';
        byte b1 = (byte) -91; short s1 = (short) -29000; char c1 = 'B';
        byte b2 = (byte) -82; short s2 = (short) -28000; char c2 = 'C';
        byte b3 = (byte) -73; short s3 = (short) -27000; char c3 = 'D';
        byte b4 = (byte) -64; short s4 = (short) -26000; char c4 = 'E';
        byte b5 = (byte) -55; short s5 = (short) -25000; char c5 = 'F';
        byte b6 = (byte) -46; short s6 = (short) -24000; char c6 = 'G';
        byte b7 = (byte) -37; short s7 = (short) -23000; char c7 = 'H';
        byte b8 = (byte) -28; short s8 = (short) -22000; char c8 = 'I';
        byte b9 = (byte) -19; short s9 = (short) -21000; char c9 = 'J';
        byte b10 = (byte) -10; short s10 = (short) -20000; char c10 = 'K';
        byte b11 = (byte) -1; short s11 = (short) -19000; char c11 = 'L';
        Big r0;
        Big r1;
        Big r2;
        Big r3;
        Big r4;
        Big r5;
        Big r6;
        Big r7;
        Big r8;
        Big r9;
        Big r10;
        Big r11;
        Big r12;
        Big r13;
        Big r14;
        Big r15;
        Big r16;
        Big r17;
        Big r18;
        Big r19;
    }

    public static void main(String[] args) {
        Big o = new Big();
        System.out.println(o.i0 + o.i1 + o.i2 + o.i3 + o.i4 + o.i5 + o.i6 + o.i7 + o.i8 + o.i9 + o.i10 + o.i11 + o.i12 + o.i13 + o.i14 + o.i15 + o.i16 + o.i17 + o.i18 + o.i19 + o.i20 + o.i21 + o.i22 + o.i23 + o.i24 + o.i25 + o.i26 + o.i27 + o.i28 + o.i29 + o.i30 + o.i31 + o.i32 + o.i33 + o.i34 + o.i35 + o.i36 + o.i37 + o.i38 + o.i39);
        System.out.println(o.b0 + o.s0 + o.c0 + o.b1 + o.s1 + o.c1 + o.b2 + o.s2 + o.c2 + o.b3 + o.s3 + o.c3 + o.b4 + o.s4 + o.c4 + o.b5 + o.s5 + o.c5 + o.b6 + o.s6 + o.c6 + o.b7 + o.s7 + o.c7 + o.b8 + o.s8 + o.c8 + o.b9 + o.s9 + o.c9 + o.b10 + o.s10 + o.c10 + o.b11 + o.s11 + o.c11);
        o.i39 += 5; o.b11 = (byte) 200; o.s11 = (short) 40000; o.c11 = (char) 65535;
        o.r19 = o; o.r0 = new Big();
        o.r19.r0.i39 = -1;
        System.out.println(o.i39 + " " + o.b11 + " " + o.s11 + " " + (int) o.c11 + " " + (o.r19 == o) + " " + o.r0.i39 + " " + (o.r10 == null));
    }
}
