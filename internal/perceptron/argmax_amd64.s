#include "textflag.h"

// func firstMaxAVX2(s *int32, n int, lanes *[8]int32) (index int, top int32)
//
// The first index of the highest of s[0:n] among the lanes that lanes marks
// (-1) in every group of eight, and that value; n a multiple of 8, n > 0.
// A first pass keeps eight running maxima, with the unmarked lanes read as
// the lowest int32; a second finds the first marked lane that equals their
// highest.
TEXT ·firstMaxAVX2(SB), NOSPLIT, $0-36
	MOVQ s+0(FP), SI
	MOVQ n+8(FP), CX
	MOVQ lanes+16(FP), DX
	VMOVDQU (DX), Y1
	MOVL $0x80000000, AX
	VMOVD AX, X2
	VPBROADCASTD X2, Y2
	VMOVDQA Y2, Y0
	XORQ BX, BX
maxloop:
	VMOVDQU (SI)(BX*4), Y3
	VPBLENDVB Y1, Y3, Y2, Y3
	VPMAXSD Y3, Y0, Y0
	ADDQ $8, BX
	CMPQ BX, CX
	JB   maxloop
	VEXTRACTI128 $1, Y0, X3
	VPMAXSD X3, X0, X0
	VPSHUFD $0x4E, X0, X3
	VPMAXSD X3, X0, X0
	VPSHUFD $0xB1, X0, X3
	VPMAXSD X3, X0, X0
	VPBROADCASTD X0, Y4
	VMOVD X0, AX
	MOVL AX, top+32(FP)
	XORQ BX, BX
findloop:
	VMOVDQU (SI)(BX*4), Y3
	VPCMPEQD Y4, Y3, Y3
	VPAND Y1, Y3, Y3
	VMOVMSKPS Y3, AX
	TESTL AX, AX
	JNZ  found
	ADDQ $8, BX
	CMPQ BX, CX
	JB   findloop
	// Not reached: the highest is in a marked lane.
	MOVQ $0, index+24(FP)
	VZEROUPPER
	RET
found:
	BSFL AX, AX
	ADDQ AX, BX
	MOVQ BX, index+24(FP)
	VZEROUPPER
	RET
